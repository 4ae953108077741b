import { Form, Input } from 'antd';

/** The form items of a project's name and description, the same when creating and editing it. */
export function ProjectNameAndDescriptionItems() {
  return (
    <>
      <Form.Item name="name" label="Name" rules={[{ required: true }]}>
        <Input />
      </Form.Item>
      <Form.Item name="description" label="Description">
        <Input.TextArea rows={3} />
      </Form.Item>
    </>
  );
}
