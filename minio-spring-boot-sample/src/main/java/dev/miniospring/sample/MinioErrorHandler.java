package dev.miniospring.sample;

import dev.miniospring.MinioErrorResponseException;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * Maps template errors to RFC 9457 problem responses.
 */
@RestControllerAdvice
class MinioErrorHandler {

    @ExceptionHandler
    ProblemDetail handle(MinioErrorResponseException ex) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.valueOf(ex.statusCode()), ex.getMessage());
        problem.setTitle(ex.code());
        return problem;
    }

    @ExceptionHandler
    ProblemDetail handle(IllegalArgumentException ex) {
        return ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, ex.getMessage());
    }

}
