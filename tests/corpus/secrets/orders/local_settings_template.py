# Copy to local_settings.py and fill in. Never commit the copy.
SECRET_KEY = "<generate with: python -c 'import secrets; print(secrets.token_urlsafe(50))'>"
DATABASE_PASSWORD = "your-database-password"
STRIPE_SECRET_KEY = "sk_live_..."
AWS_ACCESS_KEY_ID = "AKIAIOSFODNN7EXAMPLE"
AWS_SECRET_ACCESS_KEY = "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY"
GITHUB_TOKEN = "ghp_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx"
OPENAI_API_KEY = "sk-proj-REPLACE_ME"
SLACK_BOT_TOKEN = "xoxb-your-bot-token-here"
