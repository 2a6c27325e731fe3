// The page's own CSS and JavaScript. Both are constant: no input text is ever placed in
// them (findings reach the script only through escaped data attributes), so the inline
// script cannot be a vector for injection. No fonts, images or network requests.

/** How many pair colours cycle; each matched pair gets one so partners look alike. */
export const PAIR_COLOURS = 8;

export const PAGE_CSS = `
:root { color-scheme: light; --ink: #1d232b; --muted: #5b6675; --line: #d7dde4; --paper: #fff; --panel: #f5f7f9;
  --error: #c62828; --warning: #d97706; --info: #2f6fd0; --focus: #111; }
* { box-sizing: border-box; }
body { margin: 0; font: 15px/1.55 system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif; color: var(--ink); background: var(--panel); }
header.summary { padding: 16px 24px 12px; background: var(--paper); border-bottom: 1px solid var(--line); }
header.summary h1 { margin: 0 0 6px; font-size: 20px; }
.stats { display: flex; flex-wrap: wrap; gap: 8px 20px; margin: 0; padding: 0; list-style: none; color: var(--muted); }
.stats strong { color: var(--ink); }
.notice { margin: 8px 0 0; color: var(--warning); }
.legend { display: flex; flex-wrap: wrap; gap: 14px; margin-top: 8px; font-size: 13px; color: var(--muted); }
main.columns { display: grid; grid-template-columns: repeat(var(--columns, 2), minmax(0, 1fr)); gap: 16px; padding: 16px 24px; }
section.source { background: var(--paper); border: 1px solid var(--line); border-radius: 8px; min-width: 0; }
section.source h2 { margin: 0; padding: 10px 14px; font-size: 15px; border-bottom: 1px solid var(--line); }
section.source h2 small { color: var(--muted); font-weight: normal; margin-left: 6px; }
.text { margin: 0; padding: 12px 14px; white-space: pre-wrap; overflow-wrap: anywhere; max-height: 72vh; overflow-y: auto; font-family: Georgia, "Times New Roman", serif; font-size: 16px; line-height: 1.65; }
mark.quote { color: inherit; border-radius: 3px; padding: 1px 0; cursor: pointer; background: #eceff3; box-decoration-break: clone; -webkit-box-decoration-break: clone; }
mark.quote.unmatched, mark.swatch.unmatched { background: transparent; border-bottom: 1px dashed var(--muted); }
mark.swatch { color: inherit; border-radius: 3px; }
mark.pair-0 { background: #ffe08a; } mark.pair-1 { background: #b8e3ff; } mark.pair-2 { background: #c8f0c0; } mark.pair-3 { background: #ffc9de; }
mark.pair-4 { background: #e0d2ff; } mark.pair-5 { background: #ffd5b0; } mark.pair-6 { background: #bdeee6; } mark.pair-7 { background: #f3e6a6; }
.chip.pair-0 { background: #ffe08a; } .chip.pair-1 { background: #b8e3ff; } .chip.pair-2 { background: #c8f0c0; } .chip.pair-3 { background: #ffc9de; }
.chip.pair-4 { background: #e0d2ff; } .chip.pair-5 { background: #ffd5b0; } .chip.pair-6 { background: #bdeee6; } .chip.pair-7 { background: #f3e6a6; }
mark.quote.hover, mark.quote.hover-partner { outline: 2px solid var(--focus); outline-offset: 1px; }
mark.quote.active, mark.quote.partner, mark.quote:target { outline: 3px solid var(--focus); outline-offset: 2px; }
mark.quote.partner { animation: flash 0.9s ease-out 1; }
@keyframes flash { from { box-shadow: 0 0 0 6px rgba(17, 17, 17, 0.35); } to { box-shadow: 0 0 0 0 rgba(17, 17, 17, 0); } }
sup.pair-number { font: 600 11px/1 system-ui, sans-serif; margin-right: 2px; }
sup.pair-number a { color: var(--ink); text-decoration: none; }
.artefact { text-decoration-line: underline; text-decoration-style: wavy; text-decoration-thickness: 1.5px; text-underline-offset: 3px; cursor: help; }
.artefact.sev-error { text-decoration-color: var(--error); } .artefact.sev-warning { text-decoration-color: var(--warning); } .artefact.sev-info { text-decoration-color: var(--info); }
.evidence { border-bottom: 2px dotted var(--muted); cursor: help; }
.evidence.sev-error { border-bottom-color: var(--error); } .evidence.sev-warning { border-bottom-color: var(--warning); } .evidence.sev-info { border-bottom-color: var(--info); }
.artefact:target, .evidence:target { background: #fff3b0; }
#tip { position: fixed; z-index: 10; max-width: 360px; padding: 6px 9px; border-radius: 6px; background: #1d232b; color: #fff; font: 13px/1.4 system-ui, sans-serif; pointer-events: none; white-space: pre-line; }
#tip[hidden] { display: none; }
section.findings { padding: 0 24px 32px; }
section.findings h2 { font-size: 17px; margin: 20px 0 8px; }
table { width: 100%; border-collapse: collapse; background: var(--paper); border: 1px solid var(--line); font-size: 14px; }
th, td { text-align: left; vertical-align: top; padding: 6px 10px; border-bottom: 1px solid var(--line); }
th { background: #eef1f4; font-weight: 600; }
td.where, td.where a { white-space: nowrap; font-family: ui-monospace, Menlo, Consolas, monospace; font-size: 13px; }
.sev { font-weight: 600; white-space: nowrap; } .sev.error { color: var(--error); } .sev.warning { color: var(--warning); } .sev.info { color: var(--info); }
.chip { display: inline-block; padding: 0 6px; border-radius: 4px; color: var(--ink); text-decoration: none; font-family: ui-monospace, Menlo, Consolas, monospace; font-size: 13px; }
ol.pairs { margin: 0; padding: 0; list-style: none; display: grid; gap: 8px; }
ol.pairs li { background: var(--paper); border: 1px solid var(--line); border-radius: 8px; padding: 8px 12px; }
.pair-head { display: flex; flex-wrap: wrap; gap: 6px 12px; align-items: baseline; color: var(--muted); font-size: 14px; }
.pair-head strong { color: var(--ink); }
.diff { margin: 4px 0 0; font-family: Georgia, "Times New Roman", serif; }
.diff del { background: #ffd7d5; color: #8a1c1c; } .diff ins { background: #c9f2cf; color: #14532d; text-decoration: none; }
.none { color: var(--muted); font-style: italic; }
@media (max-width: 800px) { main.columns { grid-template-columns: minmax(0, 1fr); } .text { max-height: none; } }
`;

// Click (or Enter) on a quote pins it and its partners; hover highlights them for a moment.
// Links to a quote (#id) pin it too. Titles become an instant tooltip that is not clipped by
// the scrolling columns; without JavaScript the native title tooltip still works.
export const PAGE_SCRIPT = `
(() => {
  const byId = (id) => document.getElementById(id);
  const partnersOf = (el) => (el.getAttribute('data-partners') || '').split(' ').filter(Boolean).map(byId).filter(Boolean);
  const drop = (name) => document.querySelectorAll('.' + name).forEach((el) => el.classList.remove(name));
  const mark = (el, self, partner, scroll) => {
    drop(self); drop(partner);
    el.classList.add(self);
    for (const other of partnersOf(el)) {
      other.classList.add(partner);
      if (scroll) other.scrollIntoView({ block: 'nearest', inline: 'nearest' });
    }
  };
  const quoteFrom = (target) => (target instanceof Element ? target.closest('mark.quote') : null);
  document.addEventListener('click', (event) => {
    if (event.target instanceof Element && event.target.closest('a')) return;
    const quote = quoteFrom(event.target);
    if (quote) mark(quote, 'active', 'partner', true); else { drop('active'); drop('partner'); }
  });
  document.addEventListener('keydown', (event) => {
    const quote = quoteFrom(event.target);
    if (quote && (event.key === 'Enter' || event.key === ' ')) { event.preventDefault(); mark(quote, 'active', 'partner', true); }
  });
  document.addEventListener('mouseover', (event) => {
    const quote = quoteFrom(event.target);
    if (quote) mark(quote, 'hover', 'hover-partner', false);
  });
  document.addEventListener('mouseout', (event) => {
    const quote = quoteFrom(event.target);
    if (quote && !quote.contains(event.relatedTarget)) { drop('hover'); drop('hover-partner'); }
  });
  const follow = () => {
    const target = location.hash ? byId(decodeURIComponent(location.hash.slice(1))) : null;
    if (target && target.matches('mark.quote')) mark(target, 'active', 'partner', false);
  };
  window.addEventListener('hashchange', follow);
  follow();

  const tip = document.createElement('div');
  tip.id = 'tip'; tip.hidden = true; tip.setAttribute('role', 'tooltip');
  document.body.appendChild(tip);
  document.querySelectorAll('[title]').forEach((el) => { el.setAttribute('data-tip', el.getAttribute('title')); el.removeAttribute('title'); });
  document.addEventListener('mouseover', (event) => {
    const el = event.target instanceof Element ? event.target.closest('[data-tip]') : null;
    if (!el) { tip.hidden = true; return; }
    tip.textContent = el.getAttribute('data-tip');
    tip.hidden = false;
    const box = el.getBoundingClientRect();
    const left = Math.min(Math.max(8, box.left), window.innerWidth - tip.offsetWidth - 8);
    const below = box.bottom + 6 + tip.offsetHeight < window.innerHeight;
    tip.style.left = left + 'px';
    tip.style.top = (below ? box.bottom + 6 : box.top - tip.offsetHeight - 6) + 'px';
  });
  document.addEventListener('scroll', () => { tip.hidden = true; }, true);
})();
`;
