#!/usr/bin/env bash
# The local MediaWiki: Debian's read-only code in /usr/share/mediawiki, this wiki's
# LocalSettings.php and SQLite files in $WIKI_DIR, served by PHP's built-in server on
# 127.0.0.1 only. Called by build/local-wiki/cli.ts, which passes every setting below
# (config.ts is the one place they are defined).
#
#   wiki.sh create   wipe $WIKI_DIR and install a fresh wiki (does not start it)
#   wiki.sh start    serve it (no-op when this wiki already answers)
#   wiki.sh stop     stop the server: its whole process group (master + PHP_CLI_SERVER_WORKERS)
#   wiki.sh status   exit 0 when this wiki is installed and answering
set -euo pipefail
: "${WIKI_DIR:?}" "${WIKI_PORT:?}" "${WIKI_DBNAME:?}" "${WIKI_ADMIN:?}" "${WIKI_ADMIN_PASS:?}" "${WIKI_BOT_APPID:?}" "${WIKI_BOT_PASS:?}"
: "${WIKI_OVERSIGHT:?}" "${WIKI_OVERSIGHT_PASS:?}" "${WIKI_OVERSIGHT_EMAIL:?}"
WIKI_VALIDATE_JS=${WIKI_VALIDATE_JS:-1}
WIKI_SKINS=${WIKI_SKINS:-Vector,MinervaNeue,MonoBook,Timeless}
MW=${MW_INSTALL_PATH:-/usr/share/mediawiki}
PIDFILE="$WIKI_DIR/server.pid"
URL="http://127.0.0.1:$WIKI_PORT"

answers() { curl -sf -o /dev/null --max-time 2 "$URL/api.php?action=query&format=json"; }
ours_running() { [ -f "$PIDFILE" ] && kill -0 -- "-$(cat "$PIDFILE")" 2>/dev/null; }
maint() { ( cd "$MW" && MW_CONFIG_FILE="$WIKI_DIR/LocalSettings.php" php "maintenance/$1.php" "${@:2}" ); }

stop() {
  if ours_running; then
    local pgid; pgid=$(cat "$PIDFILE")
    kill -TERM -- "-$pgid" 2>/dev/null || true
    for _ in $(seq 1 50); do kill -0 -- "-$pgid" 2>/dev/null || break; sleep 0.1; done
    kill -KILL -- "-$pgid" 2>/dev/null || true
    echo "stopped the wiki on $URL"
  fi
  rm -f "$PIDFILE"
}

create() {
  [ -d "$MW" ] || { echo "MediaWiki is not installed at $MW: run bash build/install-system-packages.sh (as root)" >&2; exit 1; }
  stop
  rm -rf "$WIKI_DIR"; mkdir -p "$WIKI_DIR/data"
  ( cd "$MW" && php maintenance/install.php --quiet \
      --dbtype=sqlite --dbpath="$WIKI_DIR/data" --dbname="$WIKI_DBNAME" \
      --server="$URL" --scriptpath="" --lang="${WIKI_LANG:-en}" \
      --pass="$WIKI_ADMIN_PASS" --confpath="$WIKI_DIR" \
      --extensions=Gadgets --skins="$WIKI_SKINS" \
      "${WIKI_SITENAME:-Wiki Safety Demo}" "$WIKI_ADMIN" ) > "$WIKI_DIR/install.log" 2>&1 \
    || { echo "install.php failed; see $WIKI_DIR/install.log" >&2; exit 1; }
  {
    echo ''
    echo '# ---- wiki-safety-gadgets local wiki (build/local-wiki/wiki.sh) ----'
    echo '$wgShowExceptionDetails = true;'
    echo '# Without a favicon Chromium logs a 404 console error on every page.'
    echo '$wgFavicon = "$wgResourceBasePath/resources/assets/change-your-logo-icon.svg";'
    echo '# The startup module is otherwise cached 5 minutes: a browser would keep running the previous deploy.'
    echo "\$wgResourceLoaderMaxage = [ 'unversioned' => 0 ];"
    echo '# Vector 2022 is what current Wikimedia wikis show; legacy Vector and Minerva stay available via ?useskin=.'
    echo "\$wgDefaultSkin = 'vector-2022';"
    echo '# Personal scripts (deploy --user) need user JS/CSS, off by default in MediaWiki, on at Wikimedia.'
    echo '$wgAllowUserJs = true;'
    echo '$wgAllowUserCss = true;'
    echo '# No mail server here: outgoing mail (Special:EmailUser) is captured as JSON lines in data/mail.jsonl.'
    echo "\$wgHooks['AlternateUserMailer'][] = static function ( \$headers, \$to, \$from, \$subject, \$body ) {"
    echo "	file_put_contents( __DIR__ . '/data/mail.jsonl', json_encode( [ 'to' => array_map( 'strval', (array)\$to ),"
    echo "		'from' => (string)\$from, 'subject' => \$subject, 'body' => \$body, 'headers' => \$headers ] ) . \"\\n\", FILE_APPEND );"
    echo '	return false;'
    echo '};'
    if [ "$WIKI_VALIDATE_JS" != 1 ]; then
      echo '# LABELLED TEST-ONLY SETTING: the ES2017 smoke run turns off 1.39 ES5 validation to exercise the'
      echo '# ES2017 build (what 1.41+ wikis get) in a real browser. Never on the main local wiki.'
      echo '$wgResourceLoaderValidateJS = false;'
    fi
  } >> "$WIKI_DIR/LocalSettings.php"
  # A bot password for deploy (exactly 32 characters; grants per the tested rights table),
  # a confirmed email for the admin (Special:EmailUser needs one on the sender) and the
  # local Oversight account that referral emails go to.
  maint createBotPassword --appid="$WIKI_BOT_APPID" \
    --grants=basic,highvolume,editpage,createeditmovepage,editinterface,editsiteconfig,editprotected,editmycssjs,sendemail \
    "$WIKI_ADMIN" "$WIKI_BOT_PASS" > /dev/null
  maint resetUserEmail --no-reset-password "$WIKI_ADMIN" admin@example.org > /dev/null
  maint createAndPromote "$WIKI_OVERSIGHT" "$WIKI_OVERSIGHT_PASS" > /dev/null
  maint resetUserEmail --no-reset-password "$WIKI_OVERSIGHT" "$WIKI_OVERSIGHT_EMAIL" > /dev/null
  echo "installed a fresh wiki in $WIKI_DIR"
}

start() {
  [ -f "$WIKI_DIR/LocalSettings.php" ] || create
  if ours_running && answers; then echo "the wiki is already running on $URL"; return 0; fi
  if answers; then echo "port $WIKI_PORT is already served by something else: stop it or set WIKI_PORT" >&2; exit 1; fi
  rm -f "$PIDFILE"
  # setsid: the server gets its own process group, so stop() can end master and workers together.
  MW_CONFIG_FILE="$WIKI_DIR/LocalSettings.php" PHP_CLI_SERVER_WORKERS=${WIKI_WORKERS:-4} \
    setsid php -S "127.0.0.1:$WIKI_PORT" -t "$MW" > "$WIKI_DIR/server.log" 2>&1 < /dev/null &
  echo $! > "$PIDFILE"
  for _ in $(seq 1 150); do
    if answers; then echo "the wiki is running on $URL"; return 0; fi
    sleep 0.1
  done
  echo "the wiki did not come up on $URL; see $WIKI_DIR/server.log" >&2; exit 1
}

case "${1:-}" in
  create) create ;;
  start) start ;;
  stop) stop ;;
  status) [ -f "$WIKI_DIR/LocalSettings.php" ] && ours_running && answers ;;
  *) echo "usage: wiki.sh create|start|stop|status" >&2; exit 2 ;;
esac
