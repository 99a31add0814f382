// The benchmark questionnaire, one definition for every tool: a generated 6-step, 50-field
// procedure for <dvc-procedure-wizard>, and the same questions as SurveyJS JSON and as a Form.io
// wizard. Shared by bench/procedure-wizard.bench.mjs (warm) and bench/cold.mjs (cold loads).

const TYPES = ['text', 'number', 'select', 'radio', 'yesno', 'checkbox', 'checkboxes', 'date', 'textarea', 'phone', 'email', 'citizen-id'];

/** 6 steps, 50 fields, every type; all optional so "Continue" moves on in every tool. */
export function procedure() {
  const steps = [];
  let n = 0;
  for (let s = 0; s < 6; s++) {
    const fields = [];
    for (let i = 0; i < (s < 2 ? 9 : 8); i++, n++) {
      const type = TYPES[n % TYPES.length];
      const f = { id: `q${n}`, type, label: { vi: `Câu hỏi số ${n + 1}`, en: `Question ${n + 1}` }, hint: { vi: 'Gợi ý ngắn', en: 'A short hint' } };
      if (['select', 'radio', 'checkboxes'].includes(type)) f.options = ['a', 'b', 'c', 'd'].map((v) => ({ value: v, label: `Lựa chọn ${v}` }));
      fields.push(f);
    }
    steps.push({ id: `s${s}`, title: { vi: `Bước ${s + 1}`, en: `Step ${s + 1}` }, fields });
  }
  return { code: '9.999999', name: 'Benchmark', field: 'Bench', documents: [{ id: 'd', name: 'Doc' }], steps };
}

/** The label of the first question on step `s` (0-based): what the cold bench waits for. */
export const firstLabel = (p, s) => p.steps[s].fields[0].label.vi;

/** The same questionnaire as SurveyJS JSON. */
export function survey(p) {
  const kind = { text: 'text', number: 'text', select: 'dropdown', radio: 'radiogroup', yesno: 'boolean', checkbox: 'boolean', checkboxes: 'checkbox', date: 'text', textarea: 'comment', phone: 'text', email: 'text', 'citizen-id': 'text' };
  return {
    pages: p.steps.map((s) => ({
      name: s.id,
      title: s.title.vi,
      elements: s.fields.map((f) => ({
        type: kind[f.type],
        name: f.id,
        title: f.label.vi,
        description: f.hint.vi,
        ...(f.options ? { choices: f.options.map((o) => ({ value: o.value, text: o.label })) } : {}),
        ...(f.type === 'number' ? { inputType: 'number' } : f.type === 'date' ? { inputType: 'date' } : f.type === 'email' ? { inputType: 'email' } : f.type === 'phone' ? { inputType: 'tel' } : {}),
      })),
    })),
  };
}

/**
 * The same questionnaire as a Form.io wizard: one panel per step, each field its closest component.
 * A date is Form.io's `day` (day / month / year boxes, as in dvc): its `datetime` would fetch
 * flatpickr from cdn.form.io, another origin, which the bench cannot reach.
 */
export function formio(p) {
  const kind = { text: 'textfield', number: 'number', select: 'select', radio: 'radio', yesno: 'radio', checkbox: 'checkbox', checkboxes: 'selectboxes', date: 'day', textarea: 'textarea', phone: 'phoneNumber', email: 'email', 'citizen-id': 'textfield' };
  const yesNo = [{ value: 'yes', label: 'Có' }, { value: 'no', label: 'Không' }];
  const component = (f) => {
    const c = { type: kind[f.type], key: f.id, label: f.label.vi, description: f.hint.vi, input: true };
    const options = f.type === 'yesno' ? yesNo : f.options;
    if (f.type === 'select') Object.assign(c, { dataSrc: 'values', data: { values: options } });
    else if (options) c.values = options;
    return c;
  };
  return {
    display: 'wizard',
    components: p.steps.map((s) => ({ type: 'panel', key: s.id, title: s.title.vi, input: false, components: s.fields.map(component) })),
  };
}
