package fr.ameguide.api;

import fr.ameguide.eligibility.Problem;
import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;

/** A real calendar date written YYYY-MM-DD, between 1900 and 2200 (null passes). */
@Target({ElementType.FIELD, ElementType.RECORD_COMPONENT, ElementType.PARAMETER, ElementType.METHOD})
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = IsoDate.Check.class)
public @interface IsoDate {
    String message() default Problem.INVALID_DATE;

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    class Check implements ConstraintValidator<IsoDate, String> {
        private static final DateTimeFormatter STRICT =
                DateTimeFormatter.ofPattern("uuuu-MM-dd").withResolverStyle(ResolverStyle.STRICT);

        public static LocalDate parse(String value) {
            if (value == null) {
                return null;
            }
            LocalDate d = LocalDate.parse(value, STRICT);
            if (d.getYear() < 1900 || d.getYear() > 2200) {
                throw new DateTimeParseException("out of range", value, 0);
            }
            return d;
        }

        @Override
        public boolean isValid(String value, ConstraintValidatorContext context) {
            try {
                parse(value);
                return true;
            } catch (DateTimeParseException e) {
                return false;
            }
        }
    }
}
