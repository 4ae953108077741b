import { ArrowDownOutlined, ArrowUpOutlined, CodeOutlined, DeleteOutlined, FormOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Flex, Form, Input, Select, Space, Table, Tooltip, Typography } from 'antd';
import type { FormInstance } from 'antd';
import { ruleNamePattern } from '../trafficNames';
import { isNamedSource, operandHints, operatorsFor, parseCondition, parseOperand, rowAsJson, sources, toRow, type Operator, type RuleRow, type Source } from './conditionForm';

export interface PolicyFormValues {
  rules: RuleRow[];
  comment?: string;
}

const operatorLabels: Partial<Record<Operator, string>> = { inList: 'in list' };
const sourceLabels: Record<Source, string> = { header: 'header', cookie: 'cookie', query: 'query', clientIp: 'client IP', path: 'path' };
const mono = { fontFamily: 'ui-monospace, SFMono-Regular, Menlo, Consolas, monospace', fontSize: 12 };

/** The rules of a policy as a table of fields: name, lane and a one-source-one-operator condition, or its JSON. */
export function RulesTable({ form, laneNames, listNames }: { form: FormInstance<PolicyFormValues>; laneNames: string[]; listNames: string[] }) {
  const laneOptions = laneNames.map((lane) => ({ value: lane, label: lane }));
  const listOptions = listNames.map((list) => ({ value: list }));
  const row = (index: number): RuleRow => form.getFieldValue(['rules', index]) as RuleRow;
  const setRow = (index: number, value: RuleRow) => form.setFieldValue(['rules', index], value);

  return (
    <Form.List name="rules">
      {(fields, { add, remove, move }) => (
        <Flex vertical gap="small">
          <Table
            data-testid="rules-table"
            size="small"
            rowKey="key"
            dataSource={fields}
            pagination={false}
            locale={{ emptyText: 'No rules: every request goes to the baseline.' }}
            columns={[
              { title: '#', key: 'order', width: 40, render: (_, field) => field.name + 1 },
              {
                title: 'Name',
                key: 'name',
                width: 180,
                render: (_, field) => (
                  <Form.Item
                    name={[field.name, 'name']}
                    style={{ margin: 0 }}
                    rules={[
                      { required: true, message: 'Name the rule' },
                      { pattern: ruleNamePattern, message: 'Lower-case letters, digits and dashes' },
                      ({ getFieldValue }) => ({
                        validator: async (_rule, value: string) => {
                          const names = (getFieldValue('rules') as RuleRow[]).map((rule) => rule?.name);
                          if (value && names.filter((name) => name === value).length > 1) throw new Error('Another rule has this name');
                        },
                      }),
                    ]}
                  >
                    <Input placeholder="e.g. testers" data-testid={`rule-${field.name}-name`} autoComplete="off" />
                  </Form.Item>
                ),
              },
              {
                title: 'Lane',
                key: 'lane',
                width: 160,
                render: (_, field) => (
                  <Form.Item name={[field.name, 'lane']} style={{ margin: 0 }} rules={[{ required: true, message: 'Choose a lane' }]}>
                    <Select options={laneOptions} placeholder="Lane" showSearch data-testid={`rule-${field.name}-lane`} />
                  </Form.Item>
                ),
              },
              {
                title: 'Condition',
                key: 'condition',
                render: (_, field) => (
                  <Form.Item noStyle shouldUpdate>
                    {() => <ConditionFields index={field.name} row={row(field.name)} listOptions={listOptions} />}
                  </Form.Item>
                ),
              },
              {
                title: '',
                key: 'actions',
                width: 150,
                render: (_, field) => (
                  <Form.Item noStyle shouldUpdate>
                    {() => (
                      <Space size={2}>
                        <Tooltip title="Move up">
                          <Button size="small" type="text" icon={<ArrowUpOutlined />} disabled={field.name === 0} onClick={() => move(field.name, field.name - 1)} aria-label="Move up" />
                        </Tooltip>
                        <Tooltip title="Move down">
                          <Button size="small" type="text" icon={<ArrowDownOutlined />} disabled={field.name === fields.length - 1} onClick={() => move(field.name, field.name + 1)} aria-label="Move down" />
                        </Tooltip>
                        {row(field.name)?.mode === 'json' ? (
                          <Tooltip title="Edit in fields (one source and one operator only)">
                            <Button size="small" type="text" icon={<FormOutlined />} aria-label="Edit in fields" data-testid={`rule-${field.name}-as-fields`} onClick={() => asFields(field.name)} />
                          </Tooltip>
                        ) : (
                          <Tooltip title="Edit the condition as JSON (for all, any, not)">
                            <Button size="small" type="text" icon={<CodeOutlined />} aria-label="Edit as JSON" data-testid={`rule-${field.name}-as-json`} onClick={() => setRow(field.name, rowAsJson(row(field.name)))} />
                          </Tooltip>
                        )}
                        <Tooltip title="Remove the rule">
                          <Button size="small" type="text" danger icon={<DeleteOutlined />} onClick={() => remove(field.name)} aria-label="Remove" data-testid={`rule-${field.name}-remove`} />
                        </Tooltip>
                      </Space>
                    )}
                  </Form.Item>
                ),
              },
            ]}
          />
          <Flex justify="space-between" align="center">
            <Button icon={<PlusOutlined />} onClick={() => add({ name: '', lane: undefined, mode: 'simple', source: 'header', operator: 'equals', operand: '' })} data-testid="add-rule">
              Add rule
            </Button>
            <Typography.Text type="secondary">
              Rules are tried in order; the first match wins. Composite conditions (all, any, not) and unusual operands are edited as JSON in their row, or in the JSON view.
            </Typography.Text>
          </Flex>
        </Flex>
      )}
    </Form.List>
  );

  function asFields(index: number) {
    const current = row(index);
    try {
      const converted = toRow({ name: current.name, lane: current.lane, when: parseCondition(current.json) });
      if (converted.mode === 'json') form.setFields([{ name: ['rules', index, 'json'], errors: ['This condition needs JSON: it is not one source with one operator'] }]);
      else setRow(index, converted);
    } catch (error) {
      form.setFields([{ name: ['rules', index, 'json'], errors: [error instanceof Error ? error.message : String(error)] }]);
    }
  }
}

interface ConditionFieldsProps {
  index: number;
  row: RuleRow | undefined;
  listOptions: { value: string }[];
}

function ConditionFields({ index, row, listOptions }: ConditionFieldsProps) {
  const form = Form.useFormInstance();
  const field = (name: keyof RuleRow) => ['rules', index, name];
  // An operator the new source lacks (cidr off the client IP) falls back to equals.
  const onSourceChange = (source: Source) => {
    if (row?.operator && !operatorsFor(source).includes(row.operator)) form.setFieldValue(field('operator'), 'equals');
  };
  // A list name and typed values do not carry over between `in list` and the other operators.
  const onOperatorChange = (operator: Operator) => {
    if ((operator === 'inList') !== (row?.operator === 'inList')) form.setFieldValue(field('operand'), operator === 'inList' ? undefined : '');
  };
  if (row?.mode === 'json') {
    return (
      <Form.Item
        name={[index, 'json']}
        style={{ margin: 0 }}
        rules={[{ validator: async (_rule, value: string) => void parseCondition(value) }]}
        extra="Composite or unusual condition: edited as JSON."
      >
        <Input.TextArea autoSize={{ minRows: 2, maxRows: 12 }} style={mono} data-testid={`rule-${index}-json`} spellCheck={false} />
      </Form.Item>
    );
  }
  const operator = row?.operator;
  return (
    <Space.Compact block>
      <Form.Item name={[index, 'source']} noStyle>
        <Select
          style={{ width: 110 }}
          options={sources.map((source) => ({ value: source, label: sourceLabels[source] }))}
          onChange={onSourceChange}
          data-testid={`rule-${index}-source`}
        />
      </Form.Item>
      {isNamedSource(row?.source) && (
        <Form.Item name={[index, 'key']} style={{ margin: 0, width: 150 }} rules={[{ required: true, whitespace: true, message: 'Name it' }]}>
          <Input placeholder={row?.source === 'header' ? 'x-user-id' : 'name'} data-testid={`rule-${index}-key`} autoComplete="off" />
        </Form.Item>
      )}
      <Form.Item name={[index, 'operator']} noStyle>
        <Select
          style={{ width: 130 }}
          options={operatorsFor(row?.source).map((value) => ({ value, label: operatorLabels[value] ?? value }))}
          onChange={onOperatorChange}
          data-testid={`rule-${index}-operator`}
        />
      </Form.Item>
      <Form.Item
        name={[index, 'operand']}
        style={{ margin: 0, flex: 1, minWidth: 160 }}
        dependencies={[['rules', index, 'operator']]}
        rules={[{ validator: async (_rule, value: string | undefined) => void (operator && parseOperand(operator, value ?? '')) }]}
      >
        {operator === 'inList' ? (
          <Select options={listOptions} showSearch placeholder={operandHints.inList} data-testid={`rule-${index}-operand`} />
        ) : (
          <Input placeholder={operator ? operandHints[operator] : ''} data-testid={`rule-${index}-operand`} autoComplete="off" />
        )}
      </Form.Item>
    </Space.Compact>
  );
}
