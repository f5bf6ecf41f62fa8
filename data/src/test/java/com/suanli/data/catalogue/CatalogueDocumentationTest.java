package com.suanli.data.catalogue;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.suanli.exchange.listing.ListingStrip;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;

/** docs/CATALOGUE.md shows the default catalogue as its example: the two must not drift apart. */
class CatalogueDocumentationTest {

    private static final String JSON_BLOCK = "```json\n";
    private static final ObjectMapper EXACT = new ObjectMapper().enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);

    @Test
    void the_documented_example_is_the_default_catalogue() throws IOException {
        Path doc = Path.of(System.getProperty("user.dir")).getParent().resolve("docs").resolve("CATALOGUE.md");
        String text = Files.readString(doc, StandardCharsets.UTF_8);
        int start = text.lastIndexOf(JSON_BLOCK) + JSON_BLOCK.length();
        String example = text.substring(start, text.indexOf("```", start));

        JsonNode documented = EXACT.readTree(example);
        JsonNode resource;
        try (InputStream in = ListingStrip.class.getResourceAsStream(CatalogueJson.DEFAULT_RESOURCE)) {
            resource = EXACT.readTree(in);
        }

        assertThat(documented).isEqualTo(resource);
        assertThat(CatalogueJson.readStrip(example)).isEqualTo(CatalogueJson.readDefaultStrip());
    }
}
