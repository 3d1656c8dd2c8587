"""The course pages the rules teach from (paths relative to the course folder)."""

FRIENDS = "lessons/01-friends-and-networks.md"
WAY_UP = "lessons/02-people-on-the-way-up.md"
INTENTIONS = "lessons/03-check-your-intentions.md"
CURIOSITY = "lessons/04-curiosity-not-extraction.md"
WRITING = "lessons/05-writing-the-message.md"
PEOPLE = "lessons/06-treat-people-like-people.md"
LISTEN = "lessons/07-listen-and-stay-interested.md"

ALL = (FRIENDS, WAY_UP, INTENTIONS, CURIOSITY, WRITING, PEOPLE, LISTEN)
