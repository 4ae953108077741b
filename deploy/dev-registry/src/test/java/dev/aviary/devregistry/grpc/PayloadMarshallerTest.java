package dev.aviary.devregistry.grpc;

import static org.assertj.core.api.Assertions.assertThat;

import com.alibaba.nacos.api.grpc.auto.Metadata;
import com.alibaba.nacos.shaded.com.google.protobuf.Any;
import com.alibaba.nacos.shaded.com.google.protobuf.ByteString;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The hand-written codec against the Payload class protoc generated for nacos-client itself. */
class PayloadMarshallerTest {

    @Test
    void clientEncodedPayloadIsReadWithTypeHeadersClientIpAndBody() throws Exception {
        byte[] wire = com.alibaba.nacos.api.grpc.auto.Payload.newBuilder()
                .setMetadata(Metadata.newBuilder()
                        .setType("InstanceRequest")
                        .setClientIp("10.1.2.3")
                        .putHeaders("app", "orders")
                        .putHeaders("notify", "true"))
                .setBody(Any.newBuilder().setValue(ByteString.copyFromUtf8("{\"type\":\"registerInstance\"}")))
                .build()
                .toByteArray();

        Payload payload = PayloadMarshaller.decode(wire);

        assertThat(payload.type()).isEqualTo("InstanceRequest");
        assertThat(payload.clientIp()).isEqualTo("10.1.2.3");
        assertThat(payload.headers()).containsExactlyInAnyOrderEntriesOf(Map.of("app", "orders", "notify", "true"));
        assertThat(new String(payload.body(), StandardCharsets.UTF_8)).isEqualTo("{\"type\":\"registerInstance\"}");
    }

    @Test
    void registryEncodedPayloadIsReadByTheClientsGeneratedCode() throws Exception {
        byte[] wire = PayloadMarshaller.encode(new Payload(
                "NotifySubscriberRequest",
                "",
                Map.of("k", "v"),
                "{\"requestId\":\"7\"}".getBytes(StandardCharsets.UTF_8)));

        com.alibaba.nacos.api.grpc.auto.Payload parsed = com.alibaba.nacos.api.grpc.auto.Payload.parseFrom(wire);

        assertThat(parsed.getMetadata().getType()).isEqualTo("NotifySubscriberRequest");
        assertThat(parsed.getMetadata().getHeadersMap()).containsEntry("k", "v");
        assertThat(parsed.getBody().getTypeUrl()).isEmpty();
        assertThat(parsed.getBody().getValue().toStringUtf8()).isEqualTo("{\"requestId\":\"7\"}");
    }

    @Test
    void emptyMessageReadsAsEmptyPayload() throws Exception {
        Payload payload = PayloadMarshaller.decode(new byte[0]);

        assertThat(payload.type()).isEmpty();
        assertThat(payload.body()).isEmpty();
    }
}
