#!/usr/bin/env python3
"""Writes a Duet space archive for the delivery benchmark: the demo's components, groups and datasources, 24 authors
and N published blog posts with varied titles, teasers, richtext bodies, authors, categories, tags and dates (a
quarter with German translations), and one page whose hero is a running experiment (slug "experiment"). Deterministic: the same N gives the same archive.

Usage: generate.py DEMO_ARCHIVE OUT_ARCHIVE [N]; prints the full slug of the post the single-story benchmark reads.
"""
import json
import random
import sys
import uuid
from datetime import datetime, timedelta

WORDS = ("cloud edge cache latency deploy region secret build pipeline cluster network policy trace metric log "
         "queue worker shard replica backup restore canary rollout schema migration token session gateway proxy "
         "runtime snapshot container function storage bucket index search billing audit compliance team").split()
CATEGORIES = ["product", "engineering", "customers", "company"]
TAGS = ["release", "security", "performance", "tutorial", "case-study", "culture", "roadmap", "open-source"]
FIRST = ["Ada", "Grace", "Linus", "Margaret", "Ken", "Barbara", "Dennis", "Frances", "Alan", "Radia", "Donald", "Hedy"]
LAST = ["Okafor", "Lindqvist", "Weber", "Raman", "Silva", "Novak", "Haddad", "Kowalski"]


def uid(rng):
    return str(uuid.UUID(int=rng.getrandbits(128), version=4))


def words(rng, count):
    return " ".join(rng.choice(WORDS) for _ in range(count))


def text(value, marks=None):
    node = {"type": "text", "text": value}
    if marks:
        node["marks"] = marks
    return node


def paragraph(rng):
    parts = [text(words(rng, rng.randint(8, 20)).capitalize() + " ")]
    if rng.random() < 0.4:
        parts.append(text(words(rng, 2), [{"type": "bold"}]))
    if rng.random() < 0.3:
        href = "https://docs.example.com/" + rng.choice(WORDS)
        parts.append(text(" " + words(rng, 2), [{"type": "link", "attrs": {
            "href": href, "linktype": "url", "target": "_self", "uuid": None, "anchor": None}}]))
    parts.append(text(" " + words(rng, rng.randint(5, 12)) + "."))
    return {"type": "paragraph", "content": parts}


def body(rng):
    nodes = [paragraph(rng)]
    for _ in range(rng.randint(1, 3)):
        nodes.append({"type": "heading", "attrs": {"level": 2}, "content": [text(words(rng, 4).capitalize())]})
        nodes.append(paragraph(rng))
        if rng.random() < 0.3:
            nodes.append({"type": "bullet_list", "content": [
                {"type": "list_item", "content": [{"type": "paragraph", "content": [text(words(rng, 6))]}]}
                for _ in range(rng.randint(2, 4))]})
    return {"type": "doc", "content": nodes}


def author(rng, index, folder):
    name = f"{FIRST[index % len(FIRST)]} {LAST[index % len(LAST)]}"
    return {
        "uuid": uid(rng), "name": name, "slug": f"author-{index + 1:02d}", "parent_uuid": folder,
        "is_folder": False, "published": True,
        "content": {"_uid": uid(rng), "component": "author", "name": name, "role": words(rng, 2).title(),
                    "bio": words(rng, 25).capitalize() + "."},
    }


def post(rng, index, folder, authors):
    title = f"{words(rng, rng.randint(3, 7)).capitalize()} ({index + 1})"
    published = datetime(2019, 1, 1) + timedelta(minutes=rng.randrange(7 * 365 * 24 * 60))
    content = {
        "_uid": uid(rng), "component": "blog_post", "title": title,
        "teaser": words(rng, rng.randint(12, 30)).capitalize() + ".",
        "author": [rng.choice(authors)], "published_on": published.strftime("%Y-%m-%d %H:%M"),
        "category": rng.choice(CATEGORIES), "reading_time": str(rng.randint(1, 30)), "body": body(rng),
    }
    if index % 4 == 0:
        content["title__i18n__de"] = "DE: " + title
        content["teaser__i18n__de"] = "DE: " + content["teaser"]
    return {
        "uuid": uid(rng), "name": title, "slug": f"post-{index + 1:05d}", "parent_uuid": folder,
        "is_folder": False, "published": True, "sort_by_date": published.strftime("%Y-%m-%d"),
        "tag_list": sorted(rng.sample(TAGS, rng.randint(0, 3))), "content": content,
    }


def experiment_page(rng):
    """A published page whose hero is a running A/B experiment (two variants): delivery resolves it per visitor id."""
    heroes = [{"_uid": uid(rng), "component": "hero", "headline": headline, "subheadline": words(rng, 18).capitalize() + ".",
               "cta_label": "Start your free trial", "theme": "dark"}
              for headline in ("Ship cloud infrastructure your whole team can trust", "Ship faster, sleep better")]
    return {
        "uuid": uid(rng), "name": "Experiment", "slug": EXPERIMENT_SLUG, "is_folder": False, "published": True,
        "content": {"_uid": uid(rng), "component": "page", "body": [
            {"_uid": uid(rng), "component": "duet_experiment", "key": "hero-test", "status": "running",
             "variants": heroes, "variant_names": ["Control", "Shorter headline"], "weights": [0.5, 0.5]},
            {"_uid": uid(rng), "component": "rich_text", "text": body(rng)}]},
    }


EXPERIMENT_SLUG = "experiment"


def main():
    demo_path, out_path = sys.argv[1], sys.argv[2]
    count = int(sys.argv[3]) if len(sys.argv) > 3 else 10_000
    rng = random.Random(20260301)
    with open(demo_path, encoding="utf-8") as f:
        demo = json.load(f)
    authors_folder, blog_folder = uid(rng), uid(rng)
    stories = [
        {"uuid": authors_folder, "name": "Authors", "slug": "authors", "is_folder": True},
        {"uuid": blog_folder, "name": "Blog", "slug": "blog", "is_folder": True},
    ]
    stories += [author(rng, i, authors_folder) for i in range(24)]
    author_uuids = [s["uuid"] for s in stories if not s.get("is_folder")]
    stories += [post(rng, i, blog_folder, author_uuids) for i in range(count)]
    stories.append(experiment_page(random.Random(6)))
    archive = {
        "format": demo["format"], "format_version": demo["format_version"],
        "space": {**demo["space"], "name": f"Delivery benchmark ({count} posts)"},
        "component_groups": demo["component_groups"], "components": demo["components"],
        "datasources": demo["datasources"], "stories": stories,
    }
    with open(out_path, "w", encoding="utf-8") as f:
        json.dump(archive, f, ensure_ascii=False)
    print(f"blog/post-{count // 2:05d}")


if __name__ == "__main__":
    main()
