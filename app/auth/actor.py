"""Who changes a case: a signed-in person (their user id and role) or an API key."""

from dataclasses import dataclass

from app.auth.tables import Role


@dataclass(frozen=True)
class Actor:
    """The one who acts, as services check and the timeline records it."""

    name: str  # as the timeline records it: "user:ID" or "key:ID"
    user_id: str | None = None  # None: an API key, which is no person and holds no case
    role: Role | None = None  # None: an API key (the operator's)

    @classmethod
    def person(cls, user_id: str, role: Role | str) -> "Actor":
        return cls(name=f"user:{user_id}", user_id=user_id, role=Role(role))

    @classmethod
    def key(cls, key_id: str) -> "Actor":
        return cls(name=f"key:{key_id}")
