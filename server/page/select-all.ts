/**
 * The findings grid's "select all on this page" box (served as /assets/js/select-all.js, loaded by
 * views/findings/list.hbs only): ticking it ticks every finding's box of the form, unticking it
 * unticks them, and it shows itself half-ticked when only some are. Without script the boxes are
 * ticked one by one; the form works the same.
 */
function wireSelectAll(all: HTMLInputElement): void {
  const form = all.form;
  if (!form) return;
  const name = all.dataset.selects ?? "ids";
  const boxes = () => [...form.querySelectorAll<HTMLInputElement>(`input[type="checkbox"][name="${name}"]`)];
  const reflect = () => {
    const list = boxes();
    const ticked = list.filter((b) => b.checked).length;
    all.checked = list.length > 0 && ticked === list.length;
    all.indeterminate = ticked > 0 && ticked < list.length;
  };
  all.addEventListener("change", () => {
    for (const box of boxes()) box.checked = all.checked;
    all.indeterminate = false;
  });
  form.addEventListener("change", (event) => {
    if (event.target !== all) reflect();
  });
  reflect();
}

const box = document.getElementById("select-all");
if (box instanceof HTMLInputElement) wireSelectAll(box);
