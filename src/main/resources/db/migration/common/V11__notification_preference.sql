-- A staff member's choice to receive notification e-mails. No row: e-mail on (the default).
CREATE TABLE notification_preference (
    user_id       VARCHAR(64) NOT NULL,
    email_enabled BOOLEAN     NOT NULL DEFAULT TRUE,
    updated_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT notification_preference_pk PRIMARY KEY (user_id)
);
