// Narrows the services table by theme, place and provider. Without JavaScript the same
// choices are static pages, linked from "Browse the services".

// A module, so that its names do not collide with the page's globals (window.status).
export {};
const form = document.querySelector<HTMLFormElement>('#service-filters');
const rows = [...document.querySelectorAll<HTMLTableRowElement>('#services tbody tr')];
const count = document.querySelector<HTMLElement>('#filter-count');

function apply(): void {
  if (!form || !count) return;
  const chosen = [...form.querySelectorAll('select')].filter((select) => select.value);
  let shown = 0;
  for (const row of rows) {
    const matches = chosen.every((select) => (row.dataset[select.name] ?? '').split(' ').includes(select.value));
    row.hidden = !matches;
    if (matches) shown += 1;
  }
  // The sentence is the page's, in its language: "Showing {shown} of {total} services."
  count.textContent = (count.dataset.words ?? '').replace('{shown}', String(shown)).replace('{total}', String(rows.length));
}

if (form) {
  form.hidden = false;
  form.addEventListener('change', apply);
  form.addEventListener('submit', (event) => event.preventDefault());
  apply();
}
