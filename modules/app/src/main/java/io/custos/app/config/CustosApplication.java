package io.custos.app.config;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;

/**
 * The REST API, version 1. Its contract is {@code openapi/openapi.yaml}, written by hand and served
 * as is at {@code /openapi} (see docs/decisions/0003-design-first-contract.md).
 */
@ApplicationPath("/api/v1")
public class CustosApplication extends Application {}
