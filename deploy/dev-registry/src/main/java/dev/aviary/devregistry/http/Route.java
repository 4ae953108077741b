package dev.aviary.devregistry.http;

/** Answers one GET path. */
@FunctionalInterface
interface Route {

    HttpReply answer(QueryString query);
}
