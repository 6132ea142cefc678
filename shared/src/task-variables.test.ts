import {
  parseTaskTemplate,
  TASK_VARIABLES,
  TaskLevel,
  taskTemplateProblem,
  taskTemplateVariables,
  taskVariablesFor,
} from './task-variables';

describe('task template variables', () => {
  it('finds variables, with or without spaces inside the braces', () => {
    expect(taskTemplateVariables('Hi {{recipient.email}}, {{ consignment.reference }} {{recipient.email}}')).toEqual([
      'recipient.email',
      'consignment.reference',
    ]);
    expect(parseTaskTemplate('a {{tenant.name}} b')).toEqual([{ text: 'a ' }, { variable: 'tenant.name' }, { text: ' b' }]);
  });

  it('accepts known variables and explains every refusal', () => {
    expect(taskTemplateProblem('{{consignment.reference}} at {{stop.eta}}', TaskLevel.STOP, false)).toBeNull();
    expect(taskTemplateProblem('{{consignment.eta}}', TaskLevel.STOP, true)).toMatch(/not a known variable; use one of .*\{\{stop\.eta\}\}/);
    expect(taskTemplateProblem('{{stop.name}}', TaskLevel.CONSIGNMENT, true)).toMatch(/only available in stop-level tasks/);
    expect(taskTemplateProblem('{{consignment.trackingLink}}', TaskLevel.CONSIGNMENT, false)).toMatch(/tracking integration/);
    expect(taskTemplateProblem('{{consignment.trackingLink}}', TaskLevel.CONSIGNMENT, true)).toBeNull();
    expect(taskTemplateProblem('oops {{consignment.reference', TaskLevel.STOP, true)).toMatch(/not a variable/);
    expect(taskTemplateProblem('{{ }}', TaskLevel.STOP, true)).toMatch(/not a variable/);
  });

  it('offers per level and integration exactly what it accepts', () => {
    for (const level of [TaskLevel.CONSIGNMENT, TaskLevel.STOP]) {
      for (const on of [false, true]) {
        const offered = new Set(taskVariablesFor(level, on).map((v) => v.name));
        for (const v of TASK_VARIABLES) expect(taskTemplateProblem(`{{${v.name}}}`, level, on) === null).toBe(offered.has(v.name));
      }
    }
  });
});
