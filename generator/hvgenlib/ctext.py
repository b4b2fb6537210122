"""Text from the spec that hvgen writes inside C comments, made unable to leave the comment.

A description, a reason, a citation or a spec folder's name containing `*/` would end the
comment and turn the rest of the line into C; `/*` inside a comment is GCC's -Wcomment. Both are
broken by a space, which keeps the text readable and means the same to a reader.
"""


def comment_text(text: str) -> str:
    while "*/" in text or "/*" in text:
        text = text.replace("*/", "* /").replace("/*", "/ *")
    return text
