package fr.ameguide.questionnaire;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The answer fits its question. The violation's message is the error code; the page turns it into
 * the question's own sentence in the reader's language.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = ValidAnswer.Check.class)
public @interface ValidAnswer {
    String message() default AnswerParser.REQUIRED;

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    class Check implements ConstraintValidator<ValidAnswer, AnswerInput> {
        @Override
        public boolean isValid(AnswerInput value, ConstraintValidatorContext context) {
            AnswerParser.Parsed parsed = value.parsed();
            if (parsed.valid()) {
                return true;
            }
            context.disableDefaultConstraintViolation();
            context.buildConstraintViolationWithTemplate(parsed.error()).addConstraintViolation();
            return false;
        }
    }
}
