import { Form, Modal } from 'antd';
import type { ReactNode } from 'react';
import { FormMessages } from './FormMessages';
import { useFormSubmit } from './useFormSubmit';

interface FormModalProps<Values> {
  title: string;
  okText: string;
  /** data-testid of the form; its submit button gets `<testId>-submit`. */
  testId: string;
  initialValues?: Partial<Values>;
  /** Saves the values; the modal closes when it resolves and shows the server's errors when it rejects. */
  onSubmit: (values: Values) => Promise<unknown>;
  onClose: () => void;
  children: ReactNode;
}

/** A modal form that maps the server's per-field errors onto its fields. Mount it only while open. */
export function FormModal<Values>({ title, okText, testId, initialValues, onSubmit, onClose, children }: FormModalProps<Values>) {
  const [form] = Form.useForm<Values>();
  const { submit, submitting, messages } = useFormSubmit(form, onSubmit);

  return (
    <Modal
      open
      title={title}
      okText={okText}
      onOk={() => form.submit()}
      onCancel={onClose}
      confirmLoading={submitting}
      okButtonProps={{ 'data-testid': `${testId}-submit` }}
      mask={{ closable: false }}
    >
      <FormMessages messages={messages} />
      <Form<Values>
        form={form}
        name={testId}
        layout="vertical"
        initialValues={initialValues}
        data-testid={testId}
        onFinish={async (values) => {
          if (await submit(values)) onClose();
        }}
      >
        {children}
      </Form>
    </Modal>
  );
}
