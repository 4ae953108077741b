package dev.aviary.devregistry.grpc;

import com.google.protobuf.CodedInputStream;
import com.google.protobuf.CodedOutputStream;
import com.google.protobuf.WireFormat;
import io.grpc.MethodDescriptor;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Reads and writes {@link Payload} in the protobuf wire format by hand: the proto has five fields, so
 * no generated code is needed. Unknown fields are skipped, as generated code would.
 */
final class PayloadMarshaller implements MethodDescriptor.Marshaller<Payload> {

    private static final int PAYLOAD_METADATA = 2;
    private static final int PAYLOAD_BODY = 3;
    private static final int METADATA_TYPE = 3;
    private static final int METADATA_HEADERS = 7;
    private static final int METADATA_CLIENT_IP = 8;
    private static final int ANY_VALUE = 2;
    private static final int ENTRY_KEY = 1;
    private static final int ENTRY_VALUE = 2;

    @Override
    public InputStream stream(Payload payload) {
        return new ByteArrayInputStream(encode(payload));
    }

    @Override
    public Payload parse(InputStream stream) {
        try {
            return decode(stream.readAllBytes());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static byte[] encode(Payload payload) {
        return message(out -> {
            out.writeByteArray(PAYLOAD_METADATA, metadata(payload));
            out.writeByteArray(PAYLOAD_BODY, message(any -> any.writeByteArray(ANY_VALUE, payload.body())));
        });
    }

    static Payload decode(byte[] bytes) throws IOException {
        String type = "";
        String clientIp = "";
        Map<String, String> headers = new LinkedHashMap<>();
        byte[] body = new byte[0];
        CodedInputStream in = CodedInputStream.newInstance(bytes);
        for (int tag = in.readTag(); tag != 0; tag = in.readTag()) {
            switch (WireFormat.getTagFieldNumber(tag)) {
                case PAYLOAD_METADATA -> {
                    CodedInputStream metadata = in.readBytes().newCodedInput();
                    for (int t = metadata.readTag(); t != 0; t = metadata.readTag()) {
                        switch (WireFormat.getTagFieldNumber(t)) {
                            case METADATA_TYPE -> type = metadata.readStringRequireUtf8();
                            case METADATA_CLIENT_IP -> clientIp = metadata.readStringRequireUtf8();
                            case METADATA_HEADERS ->
                                readEntry(metadata.readBytes().newCodedInput(), headers);
                            default -> metadata.skipField(t);
                        }
                    }
                }
                case PAYLOAD_BODY -> body = readAnyValue(in.readBytes().newCodedInput());
                default -> in.skipField(tag);
            }
        }
        return new Payload(type, clientIp, headers, body);
    }

    private static byte[] metadata(Payload payload) throws IOException {
        return message(out -> {
            out.writeString(METADATA_TYPE, payload.type());
            for (Map.Entry<String, String> header : payload.headers().entrySet()) {
                out.writeByteArray(METADATA_HEADERS, message(entry -> {
                    entry.writeString(ENTRY_KEY, header.getKey());
                    entry.writeString(ENTRY_VALUE, header.getValue());
                }));
            }
            if (!payload.clientIp().isEmpty()) {
                out.writeString(METADATA_CLIENT_IP, payload.clientIp());
            }
        });
    }

    private static void readEntry(CodedInputStream in, Map<String, String> into) throws IOException {
        String key = "";
        String value = "";
        for (int tag = in.readTag(); tag != 0; tag = in.readTag()) {
            switch (WireFormat.getTagFieldNumber(tag)) {
                case ENTRY_KEY -> key = in.readStringRequireUtf8();
                case ENTRY_VALUE -> value = in.readStringRequireUtf8();
                default -> in.skipField(tag);
            }
        }
        into.put(key, value);
    }

    private static byte[] readAnyValue(CodedInputStream in) throws IOException {
        byte[] value = new byte[0];
        for (int tag = in.readTag(); tag != 0; tag = in.readTag()) {
            if (WireFormat.getTagFieldNumber(tag) == ANY_VALUE) {
                value = in.readByteArray();
            } else {
                in.skipField(tag); // type_url: the client leaves it empty and so does the registry
            }
        }
        return value;
    }

    private interface Writer {
        void write(CodedOutputStream out) throws IOException;
    }

    private static byte[] message(Writer writer) {
        try {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            CodedOutputStream out = CodedOutputStream.newInstance(bytes);
            writer.write(out);
            out.flush();
            return bytes.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
