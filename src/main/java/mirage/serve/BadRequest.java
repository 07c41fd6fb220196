package mirage.serve;

/** A request the workbench refuses as malformed (HTTP 400), with a message the page shows. */
final class BadRequest extends RuntimeException {

    BadRequest(String message) {
        super(message);
    }
}
