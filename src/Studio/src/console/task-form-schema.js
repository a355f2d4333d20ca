/**
 * The form-js schema for a task's form. The server's own schema wins when the answer carries one (stored form-js
 * forms and the schema it generates from camunda:formData); otherwise the formData fields are converted here with
 * the same constraints the server checks, so the viewer catches most mistakes before a round trip.
 */
export function schemaForTask(form) {
  if (form?.schema && Array.isArray(form.schema.components)) {
    return form.schema;
  }
  return {
    type: 'default',
    id: 'task-form',
    components: (form?.fields ?? []).map(componentFor),
  };
}

/** The values to start the form with: the server's current values, else each field's literal default. */
export function initialData(form) {
  const data = { ...(form?.values ?? {}) };
  for (const field of form?.fields ?? []) {
    if (data[field.id] == null && field.defaultValue != null && !field.defaultValue.includes('${')) {
      data[field.id] = literal(field);
    }
  }
  return data;
}

function componentFor(field) {
  const label = field.label || field.id;
  const validate = {};
  if (field.required) validate.required = true;
  const component = { key: field.id, id: 'field_' + field.id, label };
  if (field.readOnly) component.disabled = true;

  switch (field.type) {
    case 'long':
      Object.assign(component, { type: 'number', decimalDigits: 0 });
      if (field.min != null) validate.min = field.min;
      if (field.max != null) validate.max = field.max;
      break;
    case 'boolean':
      component.type = 'checkbox';
      // A checkbox always answers true or false, so "required" means nothing to the viewer.
      delete validate.required;
      break;
    case 'date':
      Object.assign(component, { type: 'datetime', subtype: 'date', dateLabel: label });
      delete component.label;
      break;
    case 'enum':
      Object.assign(component, { type: 'select', values: (field.options ?? []).map((o) => ({ label: o.name || o.id, value: o.id })) });
      break;
    default:
      component.type = 'textfield';
      if (field.minLength != null) validate.minLength = field.minLength;
      if (field.maxLength != null) validate.maxLength = field.maxLength;
      break;
  }
  if (Object.keys(validate).length) component.validate = validate;
  return component;
}

function literal(field) {
  switch (field.type) {
    case 'long': return Number(field.defaultValue);
    case 'boolean': return field.defaultValue === 'true';
    default: return field.defaultValue;
  }
}
