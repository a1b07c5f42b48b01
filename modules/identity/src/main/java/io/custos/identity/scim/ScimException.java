package io.custos.identity.scim;

/** A request the SCIM protocol refuses, answered in its error format with {@code scimType} where it has one. */
class ScimException extends RuntimeException {

    final int status;
    final String scimType;

    ScimException(int status, String scimType, String detail) {
        super(detail);
        this.status = status;
        this.scimType = scimType;
    }

    static ScimException invalidFilter(String detail) {
        return new ScimException(400, "invalidFilter", detail);
    }

    static ScimException invalidValue(String detail) {
        return new ScimException(400, "invalidValue", detail);
    }

    static ScimException invalidSyntax(String detail) {
        return new ScimException(400, "invalidSyntax", detail);
    }

    static ScimException invalidPath(String detail) {
        return new ScimException(400, "invalidPath", detail);
    }

    static ScimException mutability(String detail) {
        return new ScimException(400, "mutability", detail);
    }

    static ScimException notFound(String what, String id) {
        return new ScimException(404, null, what + " " + id + " not found");
    }
}
