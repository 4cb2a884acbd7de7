"""What the API and the pages share: the request's context, session and caller, and the
reading of a submission (multipart files and claim-form fields)."""
