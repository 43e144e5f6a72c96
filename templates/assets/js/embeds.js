// Video embeds without tracking: the page shows a still and a link to the video on its site, and nothing is
// loaded from YouTube or Vimeo until the reader clicks. This script adds the consent note and a play button,
// and only on a click puts the player in place of the still. A file, not inline, for a strict
// Content-Security-Policy. No framework, no build step.
(() => {
  "use strict";

  // The page's words, in its language, from templates/i18n: {site} is filled in here.
  const words = document.currentScript.dataset;

  for (const figure of document.querySelectorAll("figure[data-embed-src]")) {
    const facade = figure.querySelector(".embed__facade");
    if (!facade) {
      continue;
    }

    const site = figure.dataset.embedSite;
    const note = document.createElement("p");
    note.className = "embed__consent";
    note.textContent = words.consent.replaceAll("{site}", site) + " ";
    const button = document.createElement("button");
    button.type = "button";
    button.className = "embed__play";
    button.textContent = words.play;
    note.append(button);
    facade.after(note);

    const play = (event) => {
      event.preventDefault();
      const source = figure.dataset.embedSrc;
      const player = document.createElement("iframe");
      player.className = "embed__player";
      // One click is the reader's consent and their wish to watch: the player starts at once.
      player.src = source + (source.includes("?") ? "&" : "?") + "autoplay=1";
      player.title = figure.dataset.embedTitle;
      player.allow = "autoplay; encrypted-media; fullscreen; picture-in-picture";
      player.allowFullscreen = true;
      player.referrerPolicy = "strict-origin-when-cross-origin";
      facade.replaceWith(player);
      note.remove();
      player.focus();
    };
    facade.addEventListener("click", play);
    button.addEventListener("click", play);
  }
})();
