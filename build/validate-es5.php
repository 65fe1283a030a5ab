<?php
// Runs MediaWiki 1.39's own ResourceLoader JS validator (JSParser from jsminplus.php) on built files:
// what the wiki will accept or silently replace with an error. Usage: php build/validate-es5.php FILE…
require (getenv('MW_INSTALL_PATH') ?: '/usr/share/mediawiki') . '/includes/libs/jsminplus.php';
$rc = 0;
foreach (array_slice($argv, 1) as $f) {
  $parser = new JSParser();
  try { $parser->parse(file_get_contents($f), $f, 1); echo "OK $f\n"; }
  catch (Exception $e) { echo "ERR $f: " . $e->getMessage() . "\n"; $rc = 1; }
}
exit($rc);
