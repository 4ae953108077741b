package dev.aviary.devregistry.remote;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class RequestDispatcherTest {

    private final Logger logger = Logger.getLogger(RequestDispatcher.class.getName());
    private final List<String> logged = new CopyOnWriteArrayList<>();
    private final Handler capture = new Handler() {
        @Override
        public void publish(LogRecord record) {
            logged.add(record.getMessage());
        }

        @Override
        public void flush() {}

        @Override
        public void close() {}
    };

    private final RequestDispatcher dispatcher = new RequestDispatcher();
    private final RecordingConnection connection = new RecordingConnection("c1");

    @BeforeEach
    void captureLog() {
        logger.addHandler(capture);
    }

    @AfterEach
    void releaseLog() {
        logger.removeHandler(capture);
    }

    @Test
    void unknownTypeGetsErrorResponseNamingItAndIsLoggedOnce() {
        Reply first = dispatcher.dispatch(request("LockOperationRequest"));
        Reply second = dispatcher.dispatch(request("LockOperationRequest"));

        assertThat(first.type()).isEqualTo("ErrorResponse");
        assertThat(first.body().path("errorCode").asInt()).isEqualTo(302);
        assertThat(first.body().path("resultCode").asInt()).isEqualTo(500);
        assertThat(first.body().path("message").asText())
                .isEqualTo("aviary dev-registry does not support LockOperationRequest; it is a development"
                        + " stand-in for Nacos, production uses a Nacos cluster");
        assertThat(second).isEqualTo(first);
        assertThat(logged).hasSize(1).first().asString().contains("LockOperationRequest");
    }

    @Test
    void invalidRequestBecomesErrorResponseWithTheReason() {
        dispatcher.handle("InstanceRequest", request -> {
            throw new InvalidRequestException("serviceName is required");
        });

        Reply reply = dispatcher.dispatch(request("InstanceRequest"));

        assertThat(reply.type()).isEqualTo("ErrorResponse");
        assertThat(reply.body().path("errorCode").asInt()).isEqualTo(400);
        assertThat(reply.body().path("message").asText()).isEqualTo("serviceName is required");
    }

    private InboundRequest request(String type) {
        return new InboundRequest(connection, type, Map.of(), Json.object());
    }
}
