package dev.aviary.meshagent.dubbo;

/** Exported by the baseline and the gray provider. */
public interface Greeter extends LaneEcho {}
