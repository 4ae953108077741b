import { UploadOutlined } from '@ant-design/icons';
import { Button, Form, Input, Modal, Radio, Typography, Upload } from 'antd';
import { useState } from 'react';
import { FormMessages } from '../../../components/FormMessages';
import { useFormSubmit } from '../../../components/useFormSubmit';
import { laneNamePattern } from '../trafficNames';
import { entriesOf, maxEntries, maxEntryLength, type TrafficList } from './trafficLists';
import { useUploadTrafficList } from './useTrafficLists';

interface UploadValues {
  name: string;
  description?: string;
  source: 'paste' | 'file';
  text?: string;
}

/** Uploads a new version of a traffic list, pasted one entry a line or read from a file. */
export function UploadListModal({ list, onClose }: { list?: TrafficList; onClose: () => void }) {
  const [form] = Form.useForm<UploadValues>();
  const upload = useUploadTrafficList();
  const [file, setFile] = useState<{ name: string; entries: string[] }>();
  const { submit, submitting, messages } = useFormSubmit(form, ({ name, description, source, text }: UploadValues) => {
    const entries = source === 'file' ? (file?.entries ?? []) : entriesOf(text ?? '');
    return upload.mutateAsync({ name: list?.name ?? name, description, entries });
  });

  const checkEntries = (entries: string[]) => {
    if (entries.length === 0) throw new Error('The list has no entries');
    if (entries.length > maxEntries) throw new Error(`At most ${maxEntries.toLocaleString()} entries`);
    const long = entries.findIndex((entry) => entry.length > maxEntryLength);
    if (long >= 0) throw new Error(`Entry ${long + 1} is longer than ${maxEntryLength} characters`);
  };

  return (
    <Modal
      open
      title={list ? `Upload a new version of ${list.name}` : 'New traffic list'}
      okText="Upload"
      onOk={() => form.submit()}
      onCancel={onClose}
      confirmLoading={submitting}
      okButtonProps={{ 'data-testid': 'traffic-list-form-submit' }}
      mask={{ closable: false }}
      width={640}
    >
      <FormMessages messages={messages} />
      <Form<UploadValues>
        form={form}
        layout="vertical"
        data-testid="traffic-list-form"
        initialValues={{ name: list?.name, description: list?.description ?? '', source: 'paste' }}
        onFinish={async (values) => {
          if (await submit(values)) onClose();
        }}
      >
        <Form.Item
          name="name"
          label="Name"
          extra={'Policies refer to it as {"in": {"list": "<name>"}}.'}
          rules={[{ required: true }, { pattern: laneNamePattern, message: 'A lower-case letter, then up to 39 lower-case letters, digits or dashes' }]}
        >
          <Input autoComplete="off" disabled={list !== undefined} />
        </Form.Item>
        <Form.Item name="description" label="Description">
          <Input />
        </Form.Item>
        <Form.Item name="source" label="Entries">
          <Radio.Group options={[{ value: 'paste', label: 'Paste' }, { value: 'file', label: 'From a file' }]} optionType="button" />
        </Form.Item>
        <Form.Item noStyle shouldUpdate={(before, after) => before.source !== after.source}>
          {({ getFieldValue }) =>
            getFieldValue('source') === 'file' ? (
              <Form.Item name="file" rules={[{ validator: async () => checkEntries(file?.entries ?? []) }]} extra="A text file, one entry a line; blank lines are ignored.">
                <Upload
                  accept=".txt,.csv,text/plain"
                  maxCount={1}
                  showUploadList={false}
                  beforeUpload={async (chosen) => {
                    setFile({ name: chosen.name, entries: entriesOf(await chosen.text()) });
                    return false;
                  }}
                >
                  <Button icon={<UploadOutlined />}>{file ? `${file.name}: ${file.entries.length.toLocaleString()} entries` : 'Choose a file'}</Button>
                </Upload>
              </Form.Item>
            ) : (
              <Form.Item
                name="text"
                rules={[{ validator: async (_rule, text: string | undefined) => checkEntries(entriesOf(text ?? '')) }]}
                extra={<Typography.Text type="secondary">One entry a line (at most {maxEntryLength} characters); blank lines are ignored. Each upload is a new version.</Typography.Text>}
              >
                <Input.TextArea rows={8} placeholder={'1001\n1002\n1003'} style={{ fontFamily: 'monospace' }} data-testid="traffic-list-entries" />
              </Form.Item>
            )
          }
        </Form.Item>
      </Form>
    </Modal>
  );
}
