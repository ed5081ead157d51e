from slack_sdk import WebClient

client = WebClient(token="xoxp-626141886738-101673012199-7591359354986-57cd7139e0f05cb07947c8f5664027fc")
SIGNING_SECRET_NAME = "SLACK_SIGNING_SECRET"
CHANNEL_ID = "C07ABCDE123"


def post(text: str, token: str | None = None) -> None:
    client.chat_postMessage(channel=CHANNEL_ID, text=text, token=token)
