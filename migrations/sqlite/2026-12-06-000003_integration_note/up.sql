-- Notes on integration assistance (Eingliederungshilfe), a special category of personal data
-- (Art. 9 GDPR): stored only encrypted in the application (kp1:<key id>:<nonce+ciphertext>).
ALTER TABLE contracts ADD COLUMN integration_note TEXT;
