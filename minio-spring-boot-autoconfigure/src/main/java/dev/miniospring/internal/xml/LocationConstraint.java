package dev.miniospring.internal.xml;

import org.jspecify.annotations.Nullable;
import tools.jackson.dataformat.xml.annotation.JacksonXmlRootElement;
import tools.jackson.dataformat.xml.annotation.JacksonXmlText;

/**
 * The GetBucketLocation response: a region name, empty for {@code us-east-1}.
 *
 * @since 0.1.0
 */
@JacksonXmlRootElement(localName = "LocationConstraint")
public final class LocationConstraint {

    @JacksonXmlText
    public @Nullable String value;

    /**
     * Returns the region the constraint stands for.
     * @return the region
     */
    public String region() {
        if (this.value == null || this.value.isBlank()) {
            return "us-east-1";
        }
        return this.value.trim().equals("EU") ? "eu-west-1" : this.value.trim();
    }

}
