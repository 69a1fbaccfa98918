"""Prepares a running Duet for the events benchmark: signs in, creates a space with a page component and 20 stories,
and prints the space's public delivery token and the story ids (comma-separated) on one line."""
import http.cookiejar
import json
import sys
import urllib.request

base, email, password = sys.argv[1], sys.argv[2], sys.argv[3]
opener = urllib.request.build_opener(urllib.request.HTTPCookieProcessor(http.cookiejar.CookieJar()))
csrf = None


def call(method, path, body=None):
    request = urllib.request.Request(base + path, method=method,
                                     data=None if body is None else json.dumps(body).encode())
    request.add_header("Content-Type", "application/json")
    if csrf:
        request.add_header("X-CSRF-Token", csrf)
    with opener.open(request) as response:
        return json.load(response)


csrf = call("POST", "/api/auth/login", {"email": email, "password": password})["csrf_token"]
created = call("POST", "/api/spaces", {"name": "Events benchmark"})
space = created["space"]["id"]
token = next(t["token"] for t in created["tokens"] if t["access"] == "public")
call("POST", f"/api/spaces/{space}/components", {"component": {"name": "page", "is_root": True, "schema": {}}})
ids = []
for n in range(20):
    story = call("POST", f"/api/spaces/{space}/stories",
                 {"story": {"name": f"Page {n}", "slug": f"page-{n}", "content": {"component": "page", "_uid": f"root-{n}"}}})
    ids.append(str(story["story"]["id"]))
print(token, ",".join(ids))
