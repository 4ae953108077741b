package dev.aviary.meshagent;

/** A stand-in business application: prints one line so the test can see it ran to the end. */
public class SampleApplication {

    public static void main(String[] args) {
        System.out.println("sample application ran");
    }
}
