// Search for the portal's search page: fetches search-index.json once and matches in the browser, so a static
// host needs no server code and readers need no account or third-party service. No framework, no build step.
(() => {
  "use strict";

  const form = document.querySelector("form[data-index]");
  if (!form) {
    return;
  }

  const input = form.elements.namedItem("q");
  // The page's words, in its language, from templates/i18n: {query}, {count} and {error} are filled in here.
  const say = (key, values = {}) => form.dataset[key].replace(/\{(\w+)\}/g, (_, name) => String(values[name] ?? ""));
  const status = document.getElementById("search-status");
  const results = document.getElementById("search-results");

  // A term found in the title counts most, then in a partner's or topic's name, the summary, the body.
  const weights = [["title", 8], ["tags", 4], ["summary", 2], ["text", 1]];
  let index = null;

  // "Tübingen", "TUBINGEN" and "tubingen" are the same to a reader: drop case and diacritics before comparing.
  const fold = (text) => text.normalize("NFD").replace(/\p{M}+/gu, "").toLowerCase().replace(/ß/g, "ss");
  const tokens = (text) => fold(text).match(/[\p{L}\p{N}]+/gu) || [];
  const unique = (text) => [...new Set(tokens(text))];

  const load = () => {
    index ??= fetch(form.dataset.index)
      .then((response) => {
        if (!response.ok) {
          throw new Error(`HTTP ${response.status}`);
        }
        return response.json();
      })
      .then((data) => data.releases.map((release) => ({
        release,
        fields: {
          title: unique(release.title),
          tags: unique(release.partners.concat(release.topics).join(" ")),
          summary: unique(release.summary),
          text: unique(release.text),
        },
      })));
    return index;
  };

  // Japanese and Chinese are written without spaces, so a term in those scripts may sit anywhere in a "word".
  const unspaced = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/u;

  // A term matches a word it starts ("robot" finds "robots"); a whole-word match scores a little more.
  const scoreOf = (entry, terms) => {
    let score = 0;
    for (const term of terms) {
      let best = 0;
      for (const [field, weight] of weights) {
        const words = entry.fields[field];
        if (words.includes(term)) {
          best = Math.max(best, weight * 1.5);
        } else if (words.some((word) => word.startsWith(term) || (unspaced.test(term) && word.includes(term)))) {
          best = Math.max(best, weight);
        }
      }
      if (best === 0) {
        return 0; // Every term must match somewhere: "robot stuttgart" narrows, never widens.
      }
      score += best;
    }
    return score;
  };

  const element = (tag, className, text) => {
    const node = document.createElement(tag);
    if (className) node.className = className;
    if (text !== undefined) node.textContent = text;
    return node;
  };

  const render = (query, matches) => {
    results.replaceChildren(...matches.map(({ release }) => {
      const item = element("li", "search-result");
      const title = element("h2", "search-result__title");
      const link = element("a", "", release.title);
      link.href = release.url;
      title.append(link);
      const meta = element("p", "search-result__meta");
      const time = element("time", "", release.date);
      time.dateTime = release.iso;
      meta.append(time);
      const summary = element("p", "", release.summary);
      item.append(title, meta, summary);
      return item;
    }));
    const count = matches.length;
    status.textContent = say(count === 0 ? "none" : count === 1 ? "one" : "many", { query, count });
  };

  const search = async (query) => {
    const terms = [...new Set(tokens(query))];
    if (terms.length === 0) {
      results.replaceChildren();
      status.textContent = say("prompt");
      return;
    }
    try {
      const entries = await load();
      const matches = entries
        .map((entry, position) => ({ ...entry, position, score: scoreOf(entry, terms) }))
        .filter((entry) => entry.score > 0)
        .sort((a, b) => b.score - a.score || a.position - b.position);
      render(query.trim(), matches);
    } catch (error) {
      index = null;
      status.textContent = say("failed", { error: error.message });
    }
  };

  // Keep ?q= in the address bar, so a search can be bookmarked, shared and reached with Back.
  const remember = (query) => {
    const url = new URL(window.location.href);
    if (query) {
      url.searchParams.set("q", query);
    } else {
      url.searchParams.delete("q");
    }
    window.history.replaceState(null, "", url);
  };

  let pending = 0;
  input.addEventListener("input", () => {
    window.clearTimeout(pending);
    pending = window.setTimeout(() => {
      remember(input.value);
      search(input.value);
    }, 150);
  });

  form.addEventListener("submit", (event) => {
    event.preventDefault();
    window.clearTimeout(pending);
    remember(input.value);
    search(input.value);
  });

  input.value = new URLSearchParams(window.location.search).get("q") ?? "";
  search(input.value);
})();
