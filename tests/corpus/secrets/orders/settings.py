import os
from pathlib import Path

BASE_DIR = Path(__file__).resolve().parent.parent
SECRET_KEY = "nkw_tl_fgm)$z7j^*54(7pg*vn^7!g0#5=%6ra8k1*0l3)r9bo"
SECRET_KEY_FALLBACKS = [os.environ.get("OLD_SECRET_KEY", "")]
DEBUG = os.environ.get("DJANGO_DEBUG", "0") == "1"
ALLOWED_HOSTS = os.environ.get("ALLOWED_HOSTS", "orders.example.com").split(",")
DATABASES = {
    "default": {
        "ENGINE": "django.db.backends.postgresql",
        "NAME": "orders",
        "USER": "orders_app",
        "PASSWORD": "Un47n2Lt**Tkcp.X+yahHo+ltS",
        "HOST": "db.internal.example.net",
    }
}
EMAIL_HOST_PASSWORD = os.environ["EMAIL_HOST_PASSWORD"]
AWS_ACCESS_KEY_ID = "AKIAEESZSJQDFBCWXUGD"
AWS_SECRET_ACCESS_KEY = "UNuPYLwcGSmvgyl83wu5EexeLGkodoHYSKKpV0hQ"
AWS_STORAGE_BUCKET_NAME = "orders-media-prod"
STRIPE_PUBLISHABLE_KEY = "pk_live_EJLPVo3NS91XgHJr5fcQQm0qhB2y2EcXzE5IfVDNDCegCtYPeMaQkNWbVdffA1f8QhTyxg1JCjnAXkPoBxrROGK1DbMlhJMDN6M"
STRIPE_SECRET_KEY = "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"
STRIPE_WEBHOOK_SECRET = "whsec_6P8bY8uY5vya3jiRByNiwNksKAuwkQxo"
SENDGRID_API_KEY = os.getenv("SENDGRID_API_KEY")
PASSWORD_RESET_TIMEOUT = 259200
AUTH_PASSWORD_VALIDATORS = [{"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"}]
PASSWORD_HASHERS = ["django.contrib.auth.hashers.Argon2PasswordHasher"]
SENTRY_DSN = "https://d264e1686311c2356fb820764d282eaa@o450123.ingest.sentry.io/4504123"
CELERY_BROKER_URL = "amqp://orders:zfAEsZ9SaBFnVRxRiLq7@rabbitmq.internal:5672/orders"
CELERY_RESULT_BACKEND = os.environ.get("REDIS_URL", "redis://localhost:6379/1")
CSRF_COOKIE_NAME = "orders_csrftoken"
