package dev.aviary.lanedemo;

/** The call to the next service of the chain: find an instance in Nacos, send it {@code GET /hop}. */
interface NextHop extends AutoCloseable {

    /** Asks the next hop; never throws: a failure is an answer that says what failed. */
    HopAnswer ask();

    @Override
    void close();
}
