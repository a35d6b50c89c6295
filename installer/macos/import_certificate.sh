#!/usr/bin/env bash
# CI only: put the Developer ID certificate into a throw-away keychain so codesign finds it.
#
#   MACOS_CERTIFICATE_P12_BASE64=... MACOS_CERTIFICATE_PASSWORD=... bash installer/macos/import_certificate.sh
#
# Skipped (exit 0) when the secrets are absent, e.g. on a fork or a pull request.
set -euo pipefail
if [ -z "${MACOS_CERTIFICATE_P12_BASE64:-}" ] || [ -z "${MACOS_CERTIFICATE_PASSWORD:-}" ]; then
    echo "no signing certificate in the environment: the build will be unsigned"
    exit 0
fi
KEYCHAIN="${RUNNER_TEMP:-$(mktemp -d)}/sellerdesk-signing.keychain-db"
PASSWORD="$(uuidgen)"
P12="$(mktemp)"
echo "$MACOS_CERTIFICATE_P12_BASE64" | base64 --decode > "$P12"
security create-keychain -p "$PASSWORD" "$KEYCHAIN"
security set-keychain-settings -lut 21600 "$KEYCHAIN"
security unlock-keychain -p "$PASSWORD" "$KEYCHAIN"
security import "$P12" -P "$MACOS_CERTIFICATE_PASSWORD" -A -t cert -f pkcs12 -k "$KEYCHAIN"
security set-key-partition-list -S apple-tool:,apple: -s -k "$PASSWORD" "$KEYCHAIN" >/dev/null
# the user's keychains, one word each, after ours (word splitting wanted)
# shellcheck disable=SC2046
security list-keychains -d user -s "$KEYCHAIN" $(security list-keychains -d user | tr -d '"')
rm -f "$P12"
security find-identity -v -p codesigning "$KEYCHAIN"
