package dev.aviary.meshagent.grpc;

import dev.aviary.meshagent.bootstrap.LaneContext;
import io.grpc.Metadata;
import io.grpc.ServerCall;
import io.grpc.ServerCallHandler;
import io.grpc.Status;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;

/**
 * A raw unary handler (no stub) that notes the lane current in each step of the call: the handler's
 * {@code startCall}, {@code onMessage}, {@code onReady}, {@code onHalfClose} (where it answers with what it
 * saw so far and the lane header it received) and {@code onComplete}, which comes after the answer and is
 * kept in {@link #completed}, by request.
 */
final class ProbeHandler implements ServerCallHandler<String, String> {

    final Map<String, String> completed = new ConcurrentHashMap<>();
    final Map<String, CountDownLatch> completions = new ConcurrentHashMap<>();
    final Map<String, CountDownLatch> arrivals = new ConcurrentHashMap<>();

    static String lane() {
        return Objects.toString(LaneContext.current(), "none");
    }

    CountDownLatch completion(String request) {
        return completions.computeIfAbsent(request, ignored -> new CountDownLatch(1));
    }

    CountDownLatch arrival(String request) {
        return arrivals.computeIfAbsent(request, ignored -> new CountDownLatch(1));
    }

    @Override
    public ServerCall.Listener<String> startCall(ServerCall<String, String> call, Metadata headers) {
        String header = headers.get(Metadata.Key.of("x-aviary-lane", Metadata.ASCII_STRING_MARSHALLER));
        String start = lane();
        call.request(1);
        return new ServerCall.Listener<String>() {
            private String request;
            private String message;
            private volatile String ready = "-";

            @Override
            public void onMessage(String value) {
                request = value;
                message = lane();
                arrival(value).countDown();
            }

            @Override
            public void onReady() {
                ready = lane();
            }

            @Override
            public void onHalfClose() {
                String answer = "start=" + start + ",message=" + message + ",halfClose=" + lane() + ",header="
                        + Objects.toString(header, "none");
                call.sendHeaders(new Metadata());
                call.sendMessage(answer);
                call.close(Status.OK, new Metadata());
            }

            @Override
            public void onComplete() {
                completed.put(request, "complete=" + lane() + ",ready=" + ready);
                completion(request).countDown();
            }

            @Override
            public void onCancel() {
                completed.put(request, "cancel=" + lane() + ",ready=" + ready);
                completion(request).countDown();
            }
        };
    }
}
