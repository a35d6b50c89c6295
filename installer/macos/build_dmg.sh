#!/usr/bin/env bash
# Sign, notarize and package dist/SellerDesk.app as dist/installers/SellerDesk-<version>-macos-<arch>.dmg.
#
#   bash installer/macos/build_dmg.sh            # after PyInstaller built dist/SellerDesk.app
#
# Every step that needs Apple credentials is skipped, with a message, when they are absent, so
# the same script makes an unsigned DMG on a fork or a laptop:
#   MACOS_CODESIGN_IDENTITY   "Developer ID Application: Name (TEAMID)", in the keychain
#                             (installer/sellerdesk.spec already signed every binary with it
#                             and the hardened runtime; this script signs the bundle and DMG)
#   APPLE_ID, APPLE_TEAM_ID, APPLE_APP_PASSWORD   an app-specific password for notarytool
#   or APPLE_API_KEY_PATH, APPLE_API_KEY_ID, APPLE_API_ISSUER   an App Store Connect API key
# Notarized builds are stapled, the .app first (so it opens offline once copied out of the
# DMG - SellerDesk is offline-first) and then the DMG.
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/../.." && pwd)"
cd "$ROOT"
APP="dist/SellerDesk.app"
ENTITLEMENTS="installer/macos/entitlements.plist"
[ -d "$APP" ] || { echo "no $APP: run PyInstaller first" >&2; exit 1; }
VERSION="$(/usr/libexec/PlistBuddy -c 'Print :CFBundleShortVersionString' "$APP/Contents/Info.plist")"
ARCH="$(uname -m)"
mkdir -p dist/installers
DMG="dist/installers/SellerDesk-$VERSION-macos-$ARCH.dmg"
IDENTITY="${MACOS_CODESIGN_IDENTITY:-}"

notary_args=()
if [ -n "${APPLE_API_KEY_PATH:-}" ] && [ -n "${APPLE_API_KEY_ID:-}" ] && [ -n "${APPLE_API_ISSUER:-}" ]; then
    notary_args=(--key "$APPLE_API_KEY_PATH" --key-id "$APPLE_API_KEY_ID" --issuer "$APPLE_API_ISSUER")
elif [ -n "${APPLE_ID:-}" ] && [ -n "${APPLE_TEAM_ID:-}" ] && [ -n "${APPLE_APP_PASSWORD:-}" ]; then
    notary_args=(--apple-id "$APPLE_ID" --team-id "$APPLE_TEAM_ID" --password "$APPLE_APP_PASSWORD")
fi

notarize() {  # notarize FILE: submit, wait, print Apple's log on failure
    local file=$1 out
    out="$(xcrun notarytool submit "$file" "${notary_args[@]}" --wait --output-format json)"
    echo "$out"
    if ! echo "$out" | grep -q '"status" *: *"Accepted"'; then
        local id
        id="$(echo "$out" | sed -n 's/.*"id" *: *"\([^"]*\)".*/\1/p' | head -1)"
        if [ -n "$id" ]; then xcrun notarytool log "$id" "${notary_args[@]}" || true; fi
        echo "notarization of $file was not accepted" >&2
        exit 1
    fi
}

# 1. the app bundle
if [ -n "$IDENTITY" ]; then
    echo "== signing $APP as $IDENTITY (hardened runtime)"
    codesign --force --timestamp --options runtime --entitlements "$ENTITLEMENTS" \
        --sign "$IDENTITY" "$APP"
else
    echo "== MACOS_CODESIGN_IDENTITY not set: $APP keeps PyInstaller's ad-hoc signature"
fi
codesign --verify --deep --strict --verbose=2 "$APP"

# 2. notarize and staple the app, so Gatekeeper needs no network at first launch
if [ -n "$IDENTITY" ] && [ ${#notary_args[@]} -gt 0 ]; then
    echo "== notarizing $APP"
    ZIP="$(mktemp -d)/SellerDesk.zip"
    ditto -c -k --keepParent "$APP" "$ZIP"
    notarize "$ZIP"
    xcrun stapler staple "$APP"
    spctl --assess --type execute --verbose=2 "$APP"
else
    echo "== notarization skipped (needs MACOS_CODESIGN_IDENTITY and Apple credentials)"
fi

# 3. the disk image: the app and a link to /Applications to drag it onto
echo "== building $DMG"
STAGE="$(mktemp -d)/SellerDesk"
mkdir -p "$STAGE"
ditto "$APP" "$STAGE/SellerDesk.app"
ln -s /Applications "$STAGE/Applications"
rm -f "$DMG"
hdiutil create -volname "SellerDesk $VERSION" -srcfolder "$STAGE" -fs HFS+ -format UDZO \
    -imagekey zlib-level=9 -ov "$DMG"
rm -rf "$(dirname "$STAGE")"

# 4. sign, notarize and staple the disk image
if [ -n "$IDENTITY" ]; then
    codesign --force --timestamp --sign "$IDENTITY" "$DMG"
    codesign --verify --verbose=2 "$DMG"
    if [ ${#notary_args[@]} -gt 0 ]; then
        echo "== notarizing $DMG"
        notarize "$DMG"
        xcrun stapler staple "$DMG"
        spctl --assess --type open --context context:primary-signature --verbose=2 "$DMG"
    fi
fi
hdiutil verify "$DMG"
ls -l "$DMG"
