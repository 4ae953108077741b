package dev.aviary.meshagent.dubbo;

/** Exported by the baseline provider only. */
public interface Ledger extends LaneEcho {}
