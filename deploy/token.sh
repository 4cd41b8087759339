#!/usr/bin/env bash
# Prints an access token of the platform's identity provider for a person's account, for scripts and curl. It signs
# in as a browser would (authorization code with PKCE, public client ptce-cli): nothing is stored.
#
#   TOKEN=$(deploy/token.sh coordination@labo-ess.example demo-coordination)
#   curl -H "Authorization: Bearer $TOKEN" http://localhost:8081/api/calls
#
# For a real account, leave the password out: it is then asked for, and stays out of the shell's history.
#
# PTCE_ISSUER points at another issuer than the embedded default's (http://localhost:9000).
set -euo pipefail

if [[ $# -lt 1 || $# -gt 2 ]]; then
  echo "usage: $0 USERNAME [PASSWORD]" >&2
  exit 2
fi
username=$1
if [[ $# -eq 2 ]]; then
  password=$2
else
  read -r -s -p "Password for $username: " password </dev/tty
  echo >&2
fi
issuer=${PTCE_ISSUER:-http://localhost:9000}
client=ptce-cli
redirect=http://127.0.0.1:8400/callback

cookies=$(mktemp)
trap 'rm -f "$cookies"' EXIT
b64url() { base64 | tr '+/' '-_' | tr -d '=\n'; }
verifier=$(head -c 32 /dev/urandom | b64url)
challenge=$(printf '%s' "$verifier" | openssl dgst -sha256 -binary | b64url)
state=$(head -c 8 /dev/urandom | b64url)

# 1. Ask for a code: the provider remembers the request and asks to sign in.
curl -sf -o /dev/null -c "$cookies" -b "$cookies" -G "$issuer/oauth2/authorize" \
  --data-urlencode response_type=code --data-urlencode client_id=$client \
  --data-urlencode redirect_uri=$redirect --data-urlencode "scope=openid profile" \
  --data-urlencode state="$state" --data-urlencode code_challenge="$challenge" \
  --data-urlencode code_challenge_method=S256
# 2. Sign in on the page, with its CSRF token.
csrf=$(curl -sf -c "$cookies" -b "$cookies" "$issuer/login" | sed -n 's/.*name="_csrf"[^>]*value="\([^"]*\)".*/\1/p' | head -1)
next=$(curl -s -o /dev/null -w '%{redirect_url}' -c "$cookies" -b "$cookies" "$issuer/login" \
  --data-urlencode username="$username" --data-urlencode password="$password" --data-urlencode _csrf="$csrf")
if [[ -z "$next" || "$next" == *"/login?error"* ]]; then
  echo "Sign-in refused for $username (wrong password, locked account, or too many attempts)" >&2
  exit 1
fi
# 3. Back to the authorization request, which now answers with a code.
callback=$(curl -s -o /dev/null -w '%{redirect_url}' -c "$cookies" -b "$cookies" "$next")
code=$(printf '%s' "$callback" | sed -n 's/.*[?&]code=\([^&]*\).*/\1/p')
if [[ -z "$code" ]]; then
  echo "No authorization code came back (got: $callback)" >&2
  exit 1
fi
# 4. The code and the verifier buy the token.
curl -sf "$issuer/oauth2/token" --data-urlencode grant_type=authorization_code --data-urlencode code="$code" \
  --data-urlencode redirect_uri=$redirect --data-urlencode client_id=$client \
  --data-urlencode code_verifier="$verifier" | sed -n 's/.*"access_token":"\([^"]*\)".*/\1/p'
