package dev.miniospring.notification;

import dev.miniospring.MinioInvalidResponseException;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Reading S3 event records: keys are URL-decoded, and a key that is not validly encoded
 * is an invalid response.
 */
class NotificationRecordTests {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Test
    void decodesTheKey() {
        NotificationRecord record = NotificationRecord.of(JSON.readTree("""
                {"eventName":"s3:ObjectCreated:Put",
                 "s3":{"bucket":{"name":"b"},"object":{"key":"a+b%2Bc","size":3}}}"""));
        assertThat(record.key()).isEqualTo("a b+c");
        assertThat(record.size()).isEqualTo(3);
    }

    @Test
    void badPercentEscapeInTheKeyIsAnInvalidResponse() {
        assertThatExceptionOfType(MinioInvalidResponseException.class)
            .isThrownBy(() -> NotificationRecord.of(JSON.readTree("{\"s3\":{\"object\":{\"key\":\"a%zz\"}}}")))
            .withMessageContaining("Invalid url-encoded key 'a%zz' in a notification event");
    }

}
