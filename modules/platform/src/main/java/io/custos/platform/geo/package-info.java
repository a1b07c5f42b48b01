/** Countries and subdivisions as ISO 3166 codes. */
package io.custos.platform.geo;
