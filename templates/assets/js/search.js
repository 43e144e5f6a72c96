// Search for the portal's search page: matches in the browser against search-index.json (one file, or on a large
// site the first of many fetched as queries need them), so a static host needs no server code and readers need no
// account or third-party service. No framework, no build step.
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

  // Japanese and Chinese are written without spaces, so a term in those scripts may sit anywhere in a "word".
  // A RegExp from a string: the build's minifier (NUglify) cannot read \p{Script=…} in a literal.
  const unspaced = new RegExp("[\\p{Script=Han}\\p{Script=Hiragana}\\p{Script=Katakana}]", "u");

  const fetchJson = (url) => fetch(url).then((response) => {
    if (!response.ok) {
      throw new Error(`HTTP ${response.status}`);
    }
    return response.json();
  });

  // A small site's index is one file with every release: matched here word by word, every result shown at once.
  const single = (data) => {
    const entries = data.releases.map((release) => ({
      release,
      fields: {
        title: unique(release.title),
        tags: unique(release.partners.concat(release.topics).join(" ")),
        summary: unique(release.summary),
        text: unique(release.text),
      },
    }));

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

    return {
      pageSize: Infinity,
      terms: (query) => [...new Set(tokens(query))],
      find: async (terms) => {
        const matches = entries
          .map((entry, position) => ({ release: entry.release, position, score: scoreOf(entry, terms) }))
          .filter((entry) => entry.score > 0)
          .sort((a, b) => b.score - a.score || a.position - b.position);
        return { count: matches.length, page: async (start, size) => matches.slice(start, start + size).map((match) => match.release) };
      },
    };
  };

  // A large site's index is split (ShardedSearchIndexWriter): each word with the releases it is in, in files by how
  // the word starts, and the releases' titles and links in files of their own. A query fetches the files of its
  // terms and of the results shown, and caches them for the next query.
  const sharded = (manifest, base) => {
    const files = new Map();
    const file = (pattern, number) => {
      const url = new URL(pattern.replace("{n}", number), base).href;
      if (!files.has(url)) {
        files.set(url, fetchJson(url).catch((error) => {
          files.delete(url);
          throw error;
        }));
      }
      return files.get(url);
    };

    // As the generator splits words (SearchTokens): a character of an unspaced script is a word of its own.
    // From a string, as `unspaced` above: NUglify cannot read \u{…} in a literal.
    const unspacedChar = new RegExp("[\\u3005-\\u3007\\u3040-\\u30ff\\u31f0-\\u31ff\\u3400-\\u4dbf\\u4e00-\\u9fff\\uf900-\\ufaff\\uff66-\\uff9f\\u{20000}-\\u{3134f}]", "u");
    const shardedTokens = (text) => tokens(text).flatMap((word) => word.split(new RegExp(`(${unspacedChar.source})`, "u")).filter(Boolean));

    // A word is in the file of the longest key it starts with; words that start with a term may also be in the files
    // of longer keys. Terms too short to be a prefix match whole words only (one file each).
    const filesOf = (term, prefix) => {
      let owner = -1;
      const numbers = [];
      manifest.keys.forEach((key, number) => {
        if (term.startsWith(key)) {
          if (owner < 0 || key.length > manifest.keys[owner].length) owner = number;
        } else if (prefix && key.startsWith(term)) {
          numbers.push(number);
        }
      });
      return owner < 0 ? numbers : numbers.concat(owner);
    };

    const scoresOf = async (term) => {
      const prefix = [...term].length >= manifest.minimumPrefix;
      const shards = await Promise.all(filesOf(term, prefix).map((number) => file(manifest.terms, number)));
      const best = new Map();
      for (const shard of shards) {
        for (const [word, fields] of Object.entries(shard)) {
          const exact = word === term;
          if (!exact && !(prefix && word.startsWith(term))) {
            continue;
          }
          fields.forEach((gaps, field) => {
            const score = weights[field][1] * (exact ? 1.5 : 1);
            let release = 0;
            for (const gap of gaps) {
              release += gap;
              if ((best.get(release) ?? 0) < score) best.set(release, score);
            }
          });
        }
      }
      return best;
    };

    const releases = async (numbers) => {
      const size = manifest.releasesPerShard;
      const shards = new Map(await Promise.all([...new Set(numbers.map((n) => Math.floor(n / size)))]
        .map(async (shard) => [shard, await file(manifest.releases, shard)])));
      return numbers.map((n) => {
        const [title, url, date, iso, summary] = shards.get(Math.floor(n / size))[n % size];
        return { title, url, date, iso, summary };
      });
    };

    return {
      pageSize: manifest.resultsPerPage,
      terms: (query) => [...new Set(shardedTokens(query))],
      find: async (terms) => {
        const scores = await Promise.all(terms.map(scoresOf));
        const [first, ...rest] = scores;
        const matches = [...first.entries()]
          .filter(([release]) => rest.every((other) => other.has(release)))
          .map(([release, score]) => ({ release, score: rest.reduce((sum, other) => sum + other.get(release), score) }))
          .sort((a, b) => b.score - a.score || a.release - b.release);
        return { count: matches.length, page: (start, size) => releases(matches.slice(start, start + size).map((match) => match.release)) };
      },
    };
  };

  const load = () => {
    const url = new URL(form.dataset.index, window.location.href);
    index ??= fetchJson(url).then((data) => (data.keys ? sharded(data, url) : single(data)));
    return index;
  };

  const element = (tag, className, text) => {
    const node = document.createElement(tag);
    if (className) node.className = className;
    if (text !== undefined) node.textContent = text;
    return node;
  };

  const item = (release) => {
    const entry = element("li", "search-result");
    const title = element("h2", "search-result__title");
    const link = element("a", "", release.title);
    link.href = release.url;
    title.append(link);
    const meta = element("p", "search-result__meta");
    const time = element("time", "", release.date);
    time.dateTime = release.iso;
    meta.append(time);
    const summary = element("p", "", release.summary);
    entry.append(title, meta, summary);
    return entry;
  };

  // A split index shows its results a page at a time: each page fetches the titles and links of its releases only.
  const more = element("button", "search-more", form.dataset.more);
  more.type = "button";
  more.hidden = true;
  results.after(more);
  let showMore = null;
  more.addEventListener("click", () => showMore?.());

  // Typing starts a search per pause; an earlier one that answers late must not replace a later one's results.
  let latest = 0;

  const search = async (query) => {
    const asked = ++latest;
    more.hidden = true;
    if (tokens(query).length === 0) {
      results.replaceChildren();
      status.textContent = say("prompt");
      return;
    }
    try {
      const engine = await load();
      const found = await engine.find(engine.terms(query));
      const first = await found.page(0, engine.pageSize);
      if (asked !== latest) {
        return;
      }
      results.replaceChildren(...first.map(item));
      const count = found.count;
      status.textContent = say(count === 0 ? "none" : count === 1 ? "one" : "many", { query: query.trim(), count });
      showMore = async () => {
        const next = await found.page(results.children.length, engine.pageSize);
        if (asked === latest) {
          results.append(...next.map(item));
          more.hidden = results.children.length >= count;
        }
      };
      more.hidden = results.children.length >= count;
    } catch (error) {
      index = null;
      if (asked === latest) {
        status.textContent = say("failed", { error: error.message });
      }
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

  // The index's first file is fetched while the reader types, not after.
  input.addEventListener("focus", () => load().catch(() => { index = null; }), { once: true });

  input.value = new URLSearchParams(window.location.search).get("q") ?? "";
  search(input.value);
})();
