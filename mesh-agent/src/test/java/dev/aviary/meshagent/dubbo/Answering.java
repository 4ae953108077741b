package dev.aviary.meshagent.dubbo;

import dev.aviary.meshagent.bootstrap.LaneContext;
import java.util.concurrent.CompletableFuture;
import org.apache.dubbo.rpc.RpcContext;

/** Answers with this provider's version, the lane current in the service method and the attachment received. */
final class Answering implements Greeter, Ledger {

    private final String version;

    Answering(String version) {
        this.version = version;
    }

    @Override
    public String answer() {
        return describe(attachment());
    }

    /** The lane is read in a stage on the common pool: the completable-future module carries it there. */
    @Override
    public CompletableFuture<String> answerAsync() {
        String attachment = attachment();
        return CompletableFuture.supplyAsync(() -> describe(attachment));
    }

    private static String attachment() {
        return RpcContext.getServerAttachment().getAttachment("x-aviary-lane");
    }

    private String describe(String attachment) {
        String lane = LaneContext.current();
        return version + " lane=" + (lane == null ? "-" : lane) + " attachment="
                + (attachment == null ? "-" : attachment);
    }
}
