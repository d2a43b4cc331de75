<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>MoError</name>
    <message>
        <location filename="../core/moctl/moerror.cpp" line="93"/>
        <source>MatrixOne rejected the argument: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/moctl/moerror.cpp" line="98"/>
        <source>Cannot reach the server: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/moctl/moerror.cpp" line="101"/>
        <source>The server refused the user name or password: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/moctl/moerror.cpp" line="104"/>
        <source>Permission denied. mo_ctl must be run by a user of the sys account with the moadmin role (for example root). Server said: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/moctl/moerror.cpp" line="110"/>
        <source>Database not found (MatrixOne answered &quot;%1&quot;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/moctl/moerror.cpp" line="112"/>
        <source>Not found: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/moctl/moerror.cpp" line="115"/>
        <source>MatrixOne timed out while doing the work: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/moctl/moerror.cpp" line="118"/>
        <source>No answer within the time limit; the statement was cancelled on the server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/moctl/moerror.cpp" line="121"/>
        <source>Cancelled; the running statement was stopped on the server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/moctl/moerror.cpp" line="124"/>
        <source>The server&apos;s reply could not be understood: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/moctl/moerror.cpp" line="127"/>
        <source>MatrixOne reported a failure: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/moctl/moerror.cpp" line="130"/>
        <source>The server reported an error: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../app/studio/main.cpp" line="44"/>
        <source>Maintenance for MatrixOne clusters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/studio/main.cpp" line="91"/>
        <source>Connect to a profile first (Profiles, Connect).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/studio/main.cpp" line="101"/>
        <source>No password given; nothing was run.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>moctl::ConnectionFactory</name>
    <message>
        <location filename="../core/connection/connectionfactory.cpp" line="85"/>
        <source>Unknown host %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/connection/connectionfactory.cpp" line="88"/>
        <source>Connection refused by %1:%2 (is the server running?).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/connection/connectionfactory.cpp" line="93"/>
        <source>No connection to %1:%2 within %3 s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/connection/connectionfactory.cpp" line="99"/>
        <source>Cannot connect to %1:%2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/connection/connectionfactory.cpp" line="106"/>
        <source>%1:%2 accepted the connection but sent no greeting within %3 s (the server is hanging or is not a MySQL-protocol server).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/connection/connectionfactory.cpp" line="127"/>
        <source>The Qt MySQL driver (QMYSQL) is not installed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/connection/connectionfactory.cpp" line="175"/>
        <source>The profile requires TLS but the server did not offer an encrypted connection.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>moctl::ConnectionProfile</name>
    <message>
        <location filename="../core/connection/connectionprofile.cpp" line="21"/>
        <source>The user name is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/connection/connectionprofile.cpp" line="27"/>
        <source>Use either &quot;:&quot; or &quot;#&quot; to separate account, user and role, not both.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/connection/connectionprofile.cpp" line="36"/>
        <source>A user name has at most three parts: account%1user%1role.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/connection/connectionprofile.cpp" line="41"/>
        <source>&quot;%1&quot; has an empty part; write account%2user or account%2user%2role.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/connection/connectionprofile.cpp" line="95"/>
        <source>The profile has no id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/connection/connectionprofile.cpp" line="97"/>
        <source>Give the profile a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/connection/connectionprofile.cpp" line="99"/>
        <source>Enter the server host.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/connection/connectionprofile.cpp" line="101"/>
        <source>The host must not contain spaces.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/connection/connectionprofile.cpp" line="103"/>
        <source>The port must be a number from 1 to 65535.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/connection/connectionprofile.cpp" line="105"/>
        <source>Enter the user name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/connection/connectionprofile.cpp" line="108"/>
        <source>Account, user and role must not contain &quot;:&quot; or &quot;#&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/connection/connectionprofile.cpp" line="113"/>
        <source>&quot;Verify CA&quot; needs a CA certificate file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/connection/connectionprofile.cpp" line="115"/>
        <source>A client certificate needs its key file, and a key needs its certificate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/connection/connectionprofile.cpp" line="117"/>
        <source>The connect timeout must be from 1 to 3600 seconds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/connection/connectionprofile.cpp" line="119"/>
        <source>The read timeout must be from 1 to 86400 seconds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/connection/connectionprofile.cpp" line="146"/>
        <source>Disabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/connection/connectionprofile.cpp" line="147"/>
        <source>Preferred (use TLS when the server offers it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/connection/connectionprofile.cpp" line="148"/>
        <source>Required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/connection/connectionprofile.cpp" line="149"/>
        <source>Required, verify the server against the CA</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/connection/connectionprofile.cpp" line="194"/>
        <source>a profile has no valid id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/connection/connectionprofile.cpp" line="197"/>
        <source>profile %1 has no name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/connection/connectionprofile.cpp" line="200"/>
        <source>profile &quot;%1&quot;: &quot;%2&quot; must be a string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/connection/connectionprofile.cpp" line="208"/>
        <source>profile &quot;%1&quot;: the port must be a number from 1 to 65535</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/connection/connectionprofile.cpp" line="219"/>
        <source>profile &quot;%1&quot;: unknown TLS mode &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>moctl::ConnectionTester</name>
    <message>
        <location filename="../core/connection/connectiontester.cpp" line="129"/>
        <source>The host name could not be resolved (DNS). Check the host. Server said: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/connection/connectiontester.cpp" line="132"/>
        <source>The connection was refused: nothing listens on that host and port. Check the port (MatrixOne uses 6001) and that the server is running.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/connection/connectiontester.cpp" line="135"/>
        <source>No answer before the connect timeout: the host may be down or a firewall drops the connection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/connection/connectiontester.cpp" line="138"/>
        <source>The server refused the user name or password (%1). Check the password and the account:user form of the user name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/connection/connectiontester.cpp" line="142"/>
        <source>The TLS connection failed: %1 Check the TLS mode and the CA, certificate and key files.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/connection/connectiontester.cpp" line="154"/>
        <source>Yes: sys account with the moadmin role.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/connection/connectiontester.cpp" line="156"/>
        <source>Probably: sys account with the user&apos;s default role (moadmin for root). Give the role explicitly (sys:user:moadmin) to be sure.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/connection/connectiontester.cpp" line="159"/>
        <source>Probably not: mo_ctl needs the moadmin role; this user connects with role &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/connection/connectiontester.cpp" line="161"/>
        <source>No: account &quot;%1&quot; is not sys; mo_ctl is only allowed to the sys account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/connection/connectiontester.cpp" line="171"/>
        <source>Connected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/connection/connectiontester.cpp" line="172"/>
        <source>Server version: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/connection/connectiontester.cpp" line="173"/>
        <source>This is MatrixOne.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/connection/connectiontester.cpp" line="174"/>
        <source>This does not look like MatrixOne (the version does not say so).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/connection/connectiontester.cpp" line="175"/>
        <source>Connected as: %1 (account %2, user %3, role %4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/connection/connectiontester.cpp" line="177"/>
        <source>default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/connection/connectiontester.cpp" line="178"/>
        <source>mo_ctl privilege: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/connection/connectiontester.cpp" line="179"/>
        <source>Round trip: %1 ms (connect %2 ms)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>moctl::HistoryStore</name>
    <message>
        <location filename="../core/history/historystore.cpp" line="443"/>
        <source>Cannot open the history file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/history/historystore.cpp" line="450"/>
        <location filename="../core/history/historystore.cpp" line="463"/>
        <location filename="../core/history/historystore.cpp" line="526"/>
        <source>Cannot read the history file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/history/historystore.cpp" line="458"/>
        <location filename="../core/history/historystore.cpp" line="529"/>
        <source>The file is an SQLite database but not a MOCTL Studio history.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/history/historystore.cpp" line="467"/>
        <location filename="../core/history/historystore.cpp" line="532"/>
        <source>The history file was written by a newer version of MOCTL Studio (schema %1; this version understands up to %2). It was left untouched.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/history/historystore.cpp" line="483"/>
        <source>Cannot use the history file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/history/historystore.cpp" line="617"/>
        <source>The history file was damaged (%1). It was kept as %2 and a new history was started.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/history/historystore.cpp" line="621"/>
        <source>It could not be moved aside, so history is not recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/history/historystore.cpp" line="626"/>
        <source>History is not available: %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/history/historystore.cpp" line="676"/>
        <source>The process running it ended before the run was finished.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/history/historystore.cpp" line="710"/>
        <source>The run could not be recorded in the history: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/history/historystore.cpp" line="748"/>
        <source>An outcome could not be recorded in the history: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/history/historystore.cpp" line="771"/>
        <source>The end of a run could not be recorded in the history: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/history/historystore.cpp" line="793"/>
        <source>An event could not be recorded in the history: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/history/historystore.cpp" line="1112"/>
        <source>The history file cannot be opened.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>moctl::Identifier</name>
    <message>
        <location filename="../core/moctl/identifier.cpp" line="43"/>
        <source>The %1 name is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/moctl/identifier.cpp" line="45"/>
        <source>The %1 name contains a NUL character, which no server accepts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/moctl/identifier.cpp" line="48"/>
        <source>The %1 name is %2 characters long; names are limited to 256.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/moctl/identifier.cpp" line="61"/>
        <source>Cannot read the table &quot;%1&quot;: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/moctl/identifier.cpp" line="81"/>
        <source>a backtick may only open a whole name part</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/moctl/identifier.cpp" line="88"/>
        <location filename="../core/moctl/identifier.cpp" line="104"/>
        <source>a name part is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/moctl/identifier.cpp" line="96"/>
        <source>unexpected text after a closing backtick</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/moctl/identifier.cpp" line="98"/>
        <source>spaces need backticks around the name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/moctl/identifier.cpp" line="102"/>
        <source>a backtick is not closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/moctl/identifier.cpp" line="107"/>
        <source>expected database.table (use backticks for names containing dots)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/moctl/identifier.cpp" line="109"/>
        <source>database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/moctl/identifier.cpp" line="109"/>
        <source>table</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>moctl::MainWindow</name>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="50"/>
        <location filename="../widgets/mainwindow.cpp" line="269"/>
        <source>MOCTL Studio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="57"/>
        <source>Pages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="59"/>
        <source>%1 will appear here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="65"/>
        <location filename="../widgets/mainwindow.cpp" line="332"/>
        <source>Profiles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="69"/>
        <source>Connection profiles will appear here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="74"/>
        <source>Profile colour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="75"/>
        <location filename="../widgets/mainwindow.cpp" line="267"/>
        <source>Not connected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="77"/>
        <source>Current profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="80"/>
        <source>Server version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="85"/>
        <source>Run progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="103"/>
        <source>Operations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="104"/>
        <source>Plans</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="105"/>
        <source>Schedules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="106"/>
        <source>History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="133"/>
        <source>&amp;New</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="134"/>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="135"/>
        <source>&amp;Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="136"/>
        <location filename="../widgets/mainwindow.cpp" line="160"/>
        <source>&amp;Run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="138"/>
        <source>&amp;Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="140"/>
        <source>&amp;Preferences…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="150"/>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="156"/>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="166"/>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="176"/>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="177"/>
        <source>&amp;About MOCTL Studio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="180"/>
        <source>About MOCTL Studio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="182"/>
        <source>&lt;b&gt;MOCTL Studio %1&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="183"/>
        <source>Flushes, checkpoints, maintenance plans and schedules for MatrixOne clusters.&lt;br&gt;Qt %1 · data in %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="189"/>
        <source>About &amp;Qt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="191"/>
        <source>Main</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="277"/>
        <source>%1 — MOCTL Studio</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>moctl::Operation</name>
    <message>
        <location filename="../core/moctl/operation.cpp" line="53"/>
        <source>Flush table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/moctl/operation.cpp" line="54"/>
        <source>Incremental checkpoint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/moctl/operation.cpp" line="56"/>
        <source>Global checkpoint</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>moctl::OperationExecutor</name>
    <message>
        <location filename="../core/moctl/executor.cpp" line="177"/>
        <source>Time limit: %1 s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/moctl/executor.cpp" line="185"/>
        <source>No connection id to kill.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/moctl/executor.cpp" line="215"/>
        <source>(looked up in mo_catalog.mo_tables to flush by id)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/moctl/executor.cpp" line="237"/>
        <source>database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/moctl/executor.cpp" line="239"/>
        <source>table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/moctl/executor.cpp" line="260"/>
        <source>the statement returned no row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/moctl/executor.cpp" line="275"/>
        <source>(database %1)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>moctl::OperationsPanel</name>
    <message>
        <location filename="../widgets/operationspanel.cpp" line="36"/>
        <source>Operation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/operationspanel.cpp" line="37"/>
        <source>&amp;Flush tables</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/operationspanel.cpp" line="39"/>
        <source>&amp;Incremental checkpoint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/operationspanel.cpp" line="41"/>
        <source>&amp;Global checkpoint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/operationspanel.cpp" line="51"/>
        <source>One table per line: database.table (use `backticks` for names with dots)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/operationspanel.cpp" line="52"/>
        <source>Tables to flush</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/operationspanel.cpp" line="56"/>
        <source>server default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/operationspanel.cpp" line="57"/>
        <source>How long MatrixOne may take, e.g. 30s or 2m. Empty: the server&apos;s default.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/operationspanel.cpp" line="58"/>
        <source>Checkpoint duration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/operationspanel.cpp" line="66"/>
        <source>Checkpoint &amp;duration:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/operationspanel.cpp" line="69"/>
        <source>Execution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/operationspanel.cpp" line="73"/>
        <source>How many tables are flushed at once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/operationspanel.cpp" line="78"/>
        <source> s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/operationspanel.cpp" line="79"/>
        <source>Each attempt is cancelled on the server after this long.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/operationspanel.cpp" line="83"/>
        <source>Extra attempts after a lost connection or a server timeout.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/operationspanel.cpp" line="85"/>
        <source>&amp;Parallel flushes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/operationspanel.cpp" line="86"/>
        <source>&amp;Time limit per attempt:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/operationspanel.cpp" line="87"/>
        <source>&amp;Retries:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/operationspanel.cpp" line="89"/>
        <source>&amp;Run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/operationspanel.cpp" line="92"/>
        <source>&amp;Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/operationspanel.cpp" line="101"/>
        <source>Run progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/operationspanel.cpp" line="110"/>
        <source>Operations of the run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/operationspanel.cpp" line="138"/>
        <source>Running on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/operationspanel.cpp" line="198"/>
        <source>Line %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/operationspanel.cpp" line="268"/>
        <source>List at least one table to flush (database.table, one per line).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/operationspanel.cpp" line="276"/>
        <source>&quot;%1&quot; is not a duration MatrixOne understands; write for example 30s, 2m or 1m30s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/operationspanel.cpp" line="284"/>
        <source>Choose a profile first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/operationspanel.cpp" line="323"/>
        <source>Running %1 on %2…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/operationspanel.cpp" line="324"/>
        <source>Flushing %1 tables on %2…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/operationspanel.cpp" line="335"/>
        <source>Cancelling: running statements are being stopped on the server…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/operationspanel.cpp" line="346"/>
        <source>Done on %1: %2 of %3 succeeded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/operationspanel.cpp" line="348"/>
        <source>Cancelled on %1: %2 succeeded, %3 cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/operationspanel.cpp" line="351"/>
        <source>%1 on %2: %3 succeeded, %4 failed, %5 timed out.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>moctl::PreferencesDialog</name>
    <message>
        <location filename="../widgets/preferencesdialog.cpp" line="21"/>
        <source>Preferences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/preferencesdialog.cpp" line="24"/>
        <source>General</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/preferencesdialog.cpp" line="28"/>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/preferencesdialog.cpp" line="29"/>
        <source>Follow the system</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/preferencesdialog.cpp" line="33"/>
        <source>&amp;Language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/preferencesdialog.cpp" line="34"/>
        <source>Keep running in the system tray when the window is closed (schedules go on)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/preferencesdialog.cpp" line="40"/>
        <source>Defaults for new operations and steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/preferencesdialog.cpp" line="44"/>
        <source>Parallel flushes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/preferencesdialog.cpp" line="47"/>
        <source>&amp;Parallel flushes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/preferencesdialog.cpp" line="50"/>
        <source>Timeout per operation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/preferencesdialog.cpp" line="53"/>
        <source> s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/preferencesdialog.cpp" line="55"/>
        <source>&amp;Timeout per operation:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/preferencesdialog.cpp" line="58"/>
        <source>Retries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/preferencesdialog.cpp" line="61"/>
        <source>&amp;Retries (connection lost, server timeout):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/preferencesdialog.cpp" line="64"/>
        <source>History retention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/preferencesdialog.cpp" line="68"/>
        <source>Keep runs for days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/preferencesdialog.cpp" line="70"/>
        <source>Forever</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/preferencesdialog.cpp" line="71"/>
        <source> days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/preferencesdialog.cpp" line="73"/>
        <source>Keep runs &amp;for:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/preferencesdialog.cpp" line="76"/>
        <source>Keep at most runs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/preferencesdialog.cpp" line="78"/>
        <source>No limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/preferencesdialog.cpp" line="80"/>
        <source>Keep at &amp;most (runs):</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>moctl::ProfileEditorDialog</name>
    <message>
        <location filename="../widgets/profileeditordialog.cpp" line="45"/>
        <source>None</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/profileeditordialog.cpp" line="46"/>
        <source>Red (production)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/profileeditordialog.cpp" line="47"/>
        <source>Amber (staging)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/profileeditordialog.cpp" line="48"/>
        <source>Green (development)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/profileeditordialog.cpp" line="49"/>
        <source>Blue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/profileeditordialog.cpp" line="50"/>
        <source>Purple</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/profileeditordialog.cpp" line="51"/>
        <source>Grey</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/profileeditordialog.cpp" line="61"/>
        <source>New Profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/profileeditordialog.cpp" line="61"/>
        <source>Edit Profile — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/profileeditordialog.cpp" line="79"/>
        <source>…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/profileeditordialog.cpp" line="80"/>
        <source>Choose a file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/profileeditordialog.cpp" line="84"/>
        <source>Choose a File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/profileeditordialog.cpp" line="97"/>
        <source>Profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/profileeditordialog.cpp" line="101"/>
        <source>for example prod-eu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/profileeditordialog.cpp" line="110"/>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/profileeditordialog.cpp" line="111"/>
        <source>&amp;Group:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/profileeditordialog.cpp" line="112"/>
        <source>&amp;Colour:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/profileeditordialog.cpp" line="115"/>
        <source>Server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/profileeditordialog.cpp" line="125"/>
        <source>Port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/profileeditordialog.cpp" line="127"/>
        <source>Port:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/profileeditordialog.cpp" line="131"/>
        <source>user, account:user or account:user:role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/profileeditordialog.cpp" line="132"/>
        <source>MatrixOne user names may name the account and role: account:user:role or account#user#role. A plain user belongs to the sys account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/profileeditordialog.cpp" line="142"/>
        <source>Save in the system keychain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/profileeditordialog.cpp" line="143"/>
        <source>Remember for this session only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/profileeditordialog.cpp" line="146"/>
        <source>optional</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/profileeditordialog.cpp" line="147"/>
        <source>&amp;Host:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/profileeditordialog.cpp" line="148"/>
        <source>&amp;User:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/profileeditordialog.cpp" line="150"/>
        <source>&amp;Password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/profileeditordialog.cpp" line="152"/>
        <source>Default &amp;database:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/profileeditordialog.cpp" line="155"/>
        <source>TLS and timeouts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/profileeditordialog.cpp" line="163"/>
        <source>Certificates (*.pem *.crt *.cer *.key);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/profileeditordialog.cpp" line="170"/>
        <location filename="../widgets/profileeditordialog.cpp" line="174"/>
        <source> s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/profileeditordialog.cpp" line="175"/>
        <source>T&amp;LS:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/profileeditordialog.cpp" line="176"/>
        <source>CA certificate:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/profileeditordialog.cpp" line="177"/>
        <source>Client certificate:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/profileeditordialog.cpp" line="178"/>
        <source>Client key:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/profileeditordialog.cpp" line="179"/>
        <source>C&amp;onnect timeout:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/profileeditordialog.cpp" line="180"/>
        <source>&amp;Read timeout:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/profileeditordialog.cpp" line="185"/>
        <source>for example who owns the cluster, maintenance windows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/profileeditordialog.cpp" line="188"/>
        <source>Not&amp;es:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/profileeditordialog.cpp" line="203"/>
        <source>&amp;Test Connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/profileeditordialog.cpp" line="213"/>
        <source>Test the connection to see the server version, the account and role, and whether mo_ctl is allowed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/profileeditordialog.cpp" line="252"/>
        <source>unchanged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/profileeditordialog.cpp" line="327"/>
        <source>Another profile is already called &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/profileeditordialog.cpp" line="352"/>
        <source>Account: %1 · User: %2 · Role: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/profileeditordialog.cpp" line="354"/>
        <source>default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/profileeditordialog.cpp" line="366"/>
        <source>Fix the profile first: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/profileeditordialog.cpp" line="370"/>
        <source>Testing the connection…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>moctl::ProfileStore</name>
    <message>
        <location filename="../core/connection/profilestore.cpp" line="64"/>
        <source>Cannot read the profiles file %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/connection/profilestore.cpp" line="71"/>
        <source>The profiles file %1 cannot be used: %2 It was left untouched; profiles are read-only until it is repaired or moved aside.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/connection/profilestore.cpp" line="182"/>
        <location filename="../core/connection/profilestore.cpp" line="217"/>
        <source>The profiles are read-only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/connection/profilestore.cpp" line="191"/>
        <source>Another profile is already called &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/connection/profilestore.cpp" line="224"/>
        <source>There is no such profile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/connection/profilestore.cpp" line="242"/>
        <source>Could not copy %1 aside; nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/connection/profilestore.cpp" line="261"/>
        <source>Could not write the profiles file %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/connection/profilestore.cpp" line="296"/>
        <source>The file is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/connection/profilestore.cpp" line="297"/>
        <source>It is not valid JSON (%1 at byte %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/connection/profilestore.cpp" line="300"/>
        <source>It is not a profiles file (expected a JSON object).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/connection/profilestore.cpp" line="303"/>
        <source>It is not a profiles file (&quot;format&quot; is not &quot;%1&quot;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/connection/profilestore.cpp" line="306"/>
        <source>It has no valid &quot;version&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/connection/profilestore.cpp" line="308"/>
        <source>It was written by a newer version of MOCTL Studio (profiles format %1; this version reads format %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/connection/profilestore.cpp" line="313"/>
        <source>It has no &quot;profiles&quot; list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/connection/profilestore.cpp" line="319"/>
        <source>Entry %1 of &quot;profiles&quot; is not an object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/connection/profilestore.cpp" line="323"/>
        <source>Entry %1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/connection/profilestore.cpp" line="325"/>
        <source>Entry %1 repeats the id %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/connection/profilestore.cpp" line="338"/>
        <source>The file cannot be imported: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/connection/profilestore.cpp" line="357"/>
        <source>Profile &quot;%1&quot; cannot be imported: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/connection/profilestore.cpp" line="362"/>
        <source>%1 (imported)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/connection/profilestore.cpp" line="362"/>
        <source>%1 (imported %2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>moctl::ProfileTreeModel</name>
    <message>
        <location filename="../widgets/profiletreemodel.cpp" line="114"/>
        <source>Ungrouped</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/profiletreemodel.cpp" line="115"/>
        <source>%n profile(s)</source>
        <translation>
            <numerusform>%n profile</numerusform>
            <numerusform>%n profiles</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../widgets/profiletreemodel.cpp" line="141"/>
        <source>%1
%2@%3:%4
TLS: %5%6</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/profiletreemodel.cpp" line="164"/>
        <source>Profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/profiletreemodel.cpp" line="165"/>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>moctl::ProfilesPanel</name>
    <message>
        <location filename="../widgets/profilespanel.cpp" line="44"/>
        <source>Connect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/profilespanel.cpp" line="46"/>
        <source>New</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/profilespanel.cpp" line="48"/>
        <source>Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/profilespanel.cpp" line="50"/>
        <source>Duplicate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/profilespanel.cpp" line="53"/>
        <source>Delete…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/profilespanel.cpp" line="58"/>
        <source>Move to Group…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/profilespanel.cpp" line="60"/>
        <source>Import…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/profilespanel.cpp" line="63"/>
        <source>Export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/profilespanel.cpp" line="73"/>
        <source>More</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/profilespanel.cpp" line="80"/>
        <source>Filter profiles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/profilespanel.cpp" line="88"/>
        <source>Move the damaged file aside and start a new list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/profilespanel.cpp" line="114"/>
        <location filename="../widgets/profilespanel.cpp" line="203"/>
        <source>Profiles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/profilespanel.cpp" line="145"/>
        <source>Start a New Profile List</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/profilespanel.cpp" line="146"/>
        <source>The damaged profiles file is copied aside (nothing is deleted) and a new, empty list is started. Continue?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/profilespanel.cpp" line="155"/>
        <source>The damaged profiles file was kept as %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/profilespanel.cpp" line="210"/>
        <source>New Profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/profilespanel.cpp" line="224"/>
        <source>No keychain is available on this system.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/profilespanel.cpp" line="290"/>
        <source>%1 (copy)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/profilespanel.cpp" line="293"/>
        <source>%1 (copy %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/profilespanel.cpp" line="312"/>
        <source>Delete the profile &quot;%1&quot; and its saved password?</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/profilespanel.cpp" line="313"/>
        <source>Delete %n profile(s) and their saved passwords?</source>
        <translation>
            <numerusform>Delete %n profile and its saved password?</numerusform>
            <numerusform>Delete %n profiles and their saved passwords?</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../widgets/profilespanel.cpp" line="314"/>
        <source>Delete Profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/profilespanel.cpp" line="365"/>
        <source>Password for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/profilespanel.cpp" line="372"/>
        <source>Password for %1:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/profilespanel.cpp" line="373"/>
        <source>Remember for this session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/profilespanel.cpp" line="390"/>
        <source>No keychain is available; the password is not saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/profilespanel.cpp" line="399"/>
        <source>No password is saved for this profile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/profilespanel.cpp" line="447"/>
        <source>Move to Group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/profilespanel.cpp" line="447"/>
        <source>Group (empty for none):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/profilespanel.cpp" line="458"/>
        <source>Import Profiles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/profilespanel.cpp" line="459"/>
        <source>Profiles (*.json);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/profilespanel.cpp" line="464"/>
        <source>Cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/profilespanel.cpp" line="472"/>
        <source>Imported %n profile(s). Passwords are not part of the file; enter them when connecting.</source>
        <translation>
            <numerusform>Imported %n profile. Passwords are not part of the file; enter them when connecting.</numerusform>
            <numerusform>Imported %n profiles. Passwords are not part of the file; enter them when connecting.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../widgets/profilespanel.cpp" line="479"/>
        <source>Export Profiles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/profilespanel.cpp" line="480"/>
        <source>Profiles (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/profilespanel.cpp" line="493"/>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/profilespanel.cpp" line="496"/>
        <source>Exported %n profile(s), without passwords.</source>
        <translation>
            <numerusform>Exported %n profile, without passwords.</numerusform>
            <numerusform>Exported %n profiles, without passwords.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>moctl::Reply</name>
    <message>
        <location filename="../core/moctl/reply.cpp" line="22"/>
        <source>the reply is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/moctl/reply.cpp" line="26"/>
        <source>not JSON (%1 at offset %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/moctl/reply.cpp" line="28"/>
        <source>not a JSON object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/moctl/reply.cpp" line="32"/>
        <source>expected method &quot;%1&quot; but got &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/moctl/reply.cpp" line="37"/>
        <source>&quot;result&quot; is not a list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/moctl/reply.cpp" line="42"/>
        <source>a shard result is not an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/moctl/reply.cpp" line="45"/>
        <source>a shard result has no returnStr</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>moctl::Run</name>
    <message>
        <location filename="../core/runner/runtypes.cpp" line="100"/>
        <source>Running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/runner/runtypes.cpp" line="101"/>
        <source>Succeeded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/runner/runtypes.cpp" line="102"/>
        <location filename="../core/runner/runtypes.cpp" line="114"/>
        <source>Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/runner/runtypes.cpp" line="103"/>
        <source>Partly failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/runner/runtypes.cpp" line="104"/>
        <location filename="../core/runner/runtypes.cpp" line="116"/>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/runner/runtypes.cpp" line="105"/>
        <source>Interrupted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/runner/runtypes.cpp" line="113"/>
        <source>OK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/runner/runtypes.cpp" line="115"/>
        <source>Timed out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/runner/runtypes.cpp" line="117"/>
        <source>Skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/runner/runtypes.cpp" line="125"/>
        <source>Manual</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/runner/runtypes.cpp" line="126"/>
        <source>Scheduled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/runner/runtypes.cpp" line="127"/>
        <source>Command line</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>moctl::RunOperationsModel</name>
    <message>
        <location filename="../widgets/runoperationsmodel.cpp" line="90"/>
        <source>%1
SQL: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/runoperationsmodel.cpp" line="114"/>
        <source>Queued</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/runoperationsmodel.cpp" line="115"/>
        <source>Running (attempt %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/runoperationsmodel.cpp" line="115"/>
        <source>Running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/runoperationsmodel.cpp" line="121"/>
        <source>%1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/runoperationsmodel.cpp" line="138"/>
        <source>Operation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/runoperationsmodel.cpp" line="139"/>
        <source>Target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/runoperationsmodel.cpp" line="140"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/runoperationsmodel.cpp" line="141"/>
        <source>Attempts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/runoperationsmodel.cpp" line="142"/>
        <source>Duration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/runoperationsmodel.cpp" line="143"/>
        <source>Message</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>moctl::Runner</name>
    <message>
        <location filename="../core/runner/runner.cpp" line="139"/>
        <source>Not started.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/runner/runner.cpp" line="145"/>
        <source>Cancelled while waiting to try again after: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/runner/runner.cpp" line="239"/>
        <location filename="../core/runner/runner.cpp" line="275"/>
        <source>Cancelled before it started.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/runner/runner.cpp" line="241"/>
        <source>Skipped: checkpoints are skipped after a failed step.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/runner/runner.cpp" line="289"/>
        <source>Skipped: step %1 failed and the plan stops on failure.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>moctl::SecretStore</name>
    <message>
        <location filename="../core/connection/secretstore.cpp" line="30"/>
        <source>The keychain did not answer within two minutes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/connection/secretstore.cpp" line="68"/>
        <source>No keychain is available on this system (%1); the password was not saved or read there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/connection/secretstore.cpp" line="72"/>
        <source>The keychain failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>moctl::Statement</name>
    <message>
        <location filename="../core/moctl/statement.cpp" line="55"/>
        <source>database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/moctl/statement.cpp" line="57"/>
        <source>table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/moctl/statement.cpp" line="61"/>
        <source>%1 contains a dot, so MatrixOne cannot address it by name; it must be flushed by table id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/moctl/statement.cpp" line="73"/>
        <source>&quot;%1&quot; is not a duration such as 30s, 2m or 1h30m.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/moctl/statement.cpp" line="77"/>
        <source>Unknown operation.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>moctl::TablePattern</name>
    <message>
        <location filename="../core/catalog/tablepattern.cpp" line="87"/>
        <source>Cannot read the pattern &quot;%1&quot;: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/catalog/tablepattern.cpp" line="91"/>
        <source>it is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/catalog/tablepattern.cpp" line="132"/>
        <location filename="../core/catalog/tablepattern.cpp" line="145"/>
        <source>a name part is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/catalog/tablepattern.cpp" line="136"/>
        <source>spaces need backticks around the name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/catalog/tablepattern.cpp" line="143"/>
        <source>a backtick is not closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/catalog/tablepattern.cpp" line="147"/>
        <source>expected a name, or database.table (use backticks for names containing dots)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/catalog/tablepattern.cpp" line="150"/>
        <source>it contains a NUL character</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/catalog/tablepattern.cpp" line="152"/>
        <source>a name part is longer than 256 characters</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>moctl::TableSelection</name>
    <message>
        <location filename="../core/catalog/tableselection.cpp" line="139"/>
        <source>&quot;tables&quot; must be a list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/catalog/tableselection.cpp" line="144"/>
        <source>Table %1 of the selection is not an object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/catalog/tableselection.cpp" line="151"/>
        <source>Table %1 of the selection needs both &quot;database&quot; and &quot;table&quot; as text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/catalog/tableselection.cpp" line="155"/>
        <source>table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/catalog/tableselection.cpp" line="156"/>
        <source>Table %1 of the selection: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/catalog/tableselection.cpp" line="162"/>
        <source>Table %1 of the selection has an id that is not a table id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/catalog/tableselection.cpp" line="168"/>
        <source>Table %1 of the selection has an account that is not an account id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/catalog/tableselection.cpp" line="172"/>
        <source>Table %1 of the selection names no table and no id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/catalog/tableselection.cpp" line="177"/>
        <source>&quot;patterns&quot; must be a list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/catalog/tableselection.cpp" line="180"/>
        <source>A pattern of the selection is not text.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>moctl::TableSelectorDialog</name>
    <message>
        <location filename="../widgets/tableselectordialog.cpp" line="14"/>
        <source>Select Tables</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>moctl::TableSelectorWidget</name>
    <message>
        <location filename="../widgets/tableselectorwidget.cpp" line="50"/>
        <source>Filter: part of a name, or a pattern such as sales_* or *.event_*</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/tableselectorwidget.cpp" line="51"/>
        <source>Filter tables</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/tableselectorwidget.cpp" line="53"/>
        <source>Show &amp;system databases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/tableselectorwidget.cpp" line="54"/>
        <source>Show system databases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/tableselectorwidget.cpp" line="55"/>
        <source>&amp;Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/tableselectorwidget.cpp" line="56"/>
        <source>Refresh the list of tables</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/tableselectorwidget.cpp" line="57"/>
        <source>Read the databases and tables from the server again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/tableselectorwidget.cpp" line="61"/>
        <source>Tables</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/tableselectorwidget.cpp" line="62"/>
        <source>Databases and their tables; space checks or unchecks the current row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/tableselectorwidget.cpp" line="79"/>
        <source>Select all &amp;visible</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/tableselectorwidget.cpp" line="80"/>
        <source>Select all visible tables</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/tableselectorwidget.cpp" line="81"/>
        <source>C&amp;lear</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/tableselectorwidget.cpp" line="82"/>
        <source>Clear the selection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/tableselectorwidget.cpp" line="84"/>
        <source>Selected tables</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/tableselectorwidget.cpp" line="87"/>
        <source>Catalog status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/tableselectorwidget.cpp" line="91"/>
        <source>Pattern, e.g. analytics_db.* or *.event_* (empty: the filter text)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/tableselectorwidget.cpp" line="92"/>
        <source>New pattern</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/tableselectorwidget.cpp" line="93"/>
        <source>Add &amp;pattern</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/tableselectorwidget.cpp" line="94"/>
        <source>Add pattern</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/tableselectorwidget.cpp" line="95"/>
        <source>A pattern selects the tables that match it when the selection is used, so tables created later are included</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/tableselectorwidget.cpp" line="97"/>
        <source>Remove pattern</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/tableselectorwidget.cpp" line="98"/>
        <source>Remove the selected pattern</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/tableselectorwidget.cpp" line="100"/>
        <source>Patterns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/tableselectorwidget.cpp" line="107"/>
        <source>&amp;Filter:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/tableselectorwidget.cpp" line="121"/>
        <source>Pa&amp;ttern:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/tableselectorwidget.cpp" line="337"/>
        <source>Type a pattern (or a filter) first, e.g. analytics_db.* or *.event_*.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/tableselectorwidget.cpp" line="434"/>
        <source>The patterns match %n table(s) now; they are resolved again each time the selection is used.</source>
        <translation>
            <numerusform>The patterns match %n table now; they are resolved again each time the selection is used.</numerusform>
            <numerusform>The patterns match %n tables now; they are resolved again each time the selection is used.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/tableselectorwidget.cpp" line="441"/>
        <source>%n table(s) selected</source>
        <translation>
            <numerusform>%n table selected</numerusform>
            <numerusform>%n tables selected</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../widgets/tableselectorwidget.cpp" line="443"/>
        <source>%1 rows, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/tableselectorwidget.cpp" line="445"/>
        <source>(+%n not in the current list)</source>
        <translation>
            <numerusform>(+%n not in the current list)</numerusform>
            <numerusform>(+%n not in the current list)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../widgets/tableselectorwidget.cpp" line="453"/>
        <source>Reading databases and tables from %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/tableselectorwidget.cpp" line="456"/>
        <source>Cannot list the tables: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>moctl::TableTreeModel</name>
    <message numerus="yes">
        <location filename="../widgets/tabletreemodel.cpp" line="292"/>
        <source>Database %1: %n table(s)</source>
        <translation>
            <numerusform>Database %1: %n table</numerusform>
            <numerusform>Database %1: %n tables</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../widgets/tabletreemodel.cpp" line="294"/>
        <source>System database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/tabletreemodel.cpp" line="300"/>
        <source>Database %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/tabletreemodel.cpp" line="345"/>
        <source>Table id %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/tabletreemodel.cpp" line="347"/>
        <source>The name contains a dot: it is flushed by table id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/tabletreemodel.cpp" line="353"/>
        <source>Table %1 in %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/tabletreemodel.cpp" line="510"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/tabletreemodel.cpp" line="511"/>
        <source>Rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/tabletreemodel.cpp" line="512"/>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>moctl::cli</name>
    <message>
        <location filename="../core/cli/cli.cpp" line="27"/>
        <source>flush tables: flush DB.TABLE... | --id N [--account ID]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/cli.cpp" line="29"/>
        <source>force an incremental checkpoint [--duration 30s]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/cli.cpp" line="31"/>
        <source>force a global checkpoint [--duration 30s]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/cli.cpp" line="33"/>
        <source>list tables with ids, rows and sizes: tables [DB...] [--system]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/cli.cpp" line="35"/>
        <source>saved connection profiles: list | show NAME | add NAME --host H [...] | remove NAME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/cli.cpp" line="39"/>
        <source>list recorded runs [--limit N] [--status S] [--search TEXT] [--run ID] [--purge-older-than DAYS]; --format text|json|csv</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/cli.cpp" line="47"/>
        <source>Usage: moctl [options] COMMAND [command options]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/cli.cpp" line="48"/>
        <source>Maintenance operations for MatrixOne clusters (mo_ctl).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/cli.cpp" line="49"/>
        <source>Options:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/cli.cpp" line="50"/>
        <source>server host (127.0.0.1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/cli.cpp" line="51"/>
        <source>server port (6001)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/cli.cpp" line="52"/>
        <source>user, also account:user[:role] or account#user[#role] (root)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/cli.cpp" line="53"/>
        <source>use a saved connection profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/cli.cpp" line="54"/>
        <source>read the password from standard input (else MOCTL_PASSWORD)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/cli.cpp" line="55"/>
        <source>output format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/cli.cpp" line="56"/>
        <source>print the SQL that would be sent and send nothing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/cli.cpp" line="57"/>
        <source>where profiles, plans and history are kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/cli.cpp" line="59"/>
        <source>Commands:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/cli.cpp" line="64"/>
        <source>Flush and checkpoint options: --timeout SECONDS, --retries N, --parallel N (flush).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/cli.cpp" line="65"/>
        <source>Exit codes: 0 ok, 1 an operation failed, 2 usage or bad input (nothing sent), 3 cannot connect or authenticate, 4 timed out or cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/cli.cpp" line="91"/>
        <source>%1 needs a value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/cli.cpp" line="181"/>
        <location filename="../core/cli/cli_history.cpp" line="186"/>
        <source>(%1 attempts)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/cli.cpp" line="207"/>
        <source>--port takes a number from 1 to 65535.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/cli.cpp" line="215"/>
        <source>Passwords are never taken as arguments; use MOCTL_PASSWORD or --password-stdin.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/cli.cpp" line="229"/>
        <source>--format takes text, json or csv.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/cli.cpp" line="249"/>
        <location filename="../core/cli/cli.cpp" line="267"/>
        <source>Unknown command &quot;%1&quot;. See moctl --help.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/cli.cpp" line="257"/>
        <source>No command given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/cli_connection.cpp" line="46"/>
        <location filename="../core/cli/cli_profiles.cpp" line="93"/>
        <source>No profile is called &quot;%1&quot; (see moctl profiles list).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/cli_connection.cpp" line="61"/>
        <source>No password is stored for profile &quot;%1&quot;; trying without one (set MOCTL_PASSWORD or use --password-stdin).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/cli_connection.cpp" line="67"/>
        <source>Set MOCTL_PASSWORD or use --password-stdin.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/cli_connection.cpp" line="109"/>
        <source>warning: this run is not recorded in the history.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/cli_history.cpp" line="101"/>
        <source>--limit takes a whole number (0 = all).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/cli_history.cpp" line="108"/>
        <source>--run takes a run id (a positive number).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/cli_history.cpp" line="115"/>
        <source>--purge-older-than takes a number of days (1 or more).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/cli_history.cpp" line="121"/>
        <source>--status takes running, ok, failed, partial, cancelled or interrupted, not &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/cli_history.cpp" line="129"/>
        <source>Unknown option %1 for history.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/cli_history.cpp" line="131"/>
        <location filename="../core/cli/cli_ops.cpp" line="202"/>
        <location filename="../core/cli/cli_profiles.cpp" line="51"/>
        <location filename="../core/cli/cli_profiles.cpp" line="88"/>
        <location filename="../core/cli/cli_profiles.cpp" line="161"/>
        <source>Unexpected argument %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/cli_history.cpp" line="133"/>
        <source>--purge-older-than and --run cannot be combined.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../core/cli/cli_history.cpp" line="149"/>
        <source>%n run(s) purged.</source>
        <translation>
            <numerusform>%n run purged.</numerusform>
            <numerusform>%n runs purged.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../core/cli/cli_history.cpp" line="157"/>
        <source>No run %1 in the history.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/cli_history.cpp" line="175"/>
        <source>Run %1: %2, %3 (%4), started %5, %6</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/cli_history.cpp" line="177"/>
        <source>ad hoc</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/cli_history.cpp" line="212"/>
        <source>No runs recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/cli_history.cpp" line="215"/>
        <location filename="../core/cli/cli_tables.cpp" line="86"/>
        <source>ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/cli_history.cpp" line="215"/>
        <source>Started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/cli_history.cpp" line="216"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/cli_history.cpp" line="216"/>
        <source>Trigger</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/cli_history.cpp" line="217"/>
        <source>OK/all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/cli_history.cpp" line="217"/>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/cli_history.cpp" line="218"/>
        <source>Profile / plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/cli_ops.cpp" line="41"/>
        <source>--timeout takes a number of seconds between 0 and 86400.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/cli_ops.cpp" line="48"/>
        <source>--retries takes a whole number from 0 to 20.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/cli_ops.cpp" line="56"/>
        <source>--parallel takes a whole number from 1 to 64.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/cli_ops.cpp" line="69"/>
        <source>%1 contains a dot; its id is looked up first:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/cli_ops.cpp" line="87"/>
        <source>name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/cli_ops.cpp" line="139"/>
        <source>%1 ok, %2 failed, %3 timed out, %4 cancelled, %5 skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/cli_ops.cpp" line="162"/>
        <source>--account takes a numeric account id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/cli_ops.cpp" line="169"/>
        <source>--id takes a numeric table id, not &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/cli_ops.cpp" line="175"/>
        <source>Unknown option %1 for flush.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/cli_ops.cpp" line="184"/>
        <source>flush needs at least one table (db.table) or --id N.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/cli_ops.cpp" line="200"/>
        <source>Unknown option %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/cli_profiles.cpp" line="22"/>
        <source>Usage:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/cli_profiles.cpp" line="29"/>
        <source>The user may be account:user[:role] or account#user[#role]. add --password-stdin stores the password in the OS keychain; it is never written to the profiles file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/cli_profiles.cpp" line="62"/>
        <source>No profiles. Add one with: moctl profiles add NAME --host H --user U</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/cli_profiles.cpp" line="72"/>
        <source>NAME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/cli_profiles.cpp" line="72"/>
        <source>GROUP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/cli_profiles.cpp" line="73"/>
        <source>ADDRESS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/cli_profiles.cpp" line="73"/>
        <source>USER</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/cli_profiles.cpp" line="87"/>
        <source>Name the profile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/cli_profiles.cpp" line="114"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/cli_profiles.cpp" line="115"/>
        <source>Id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/cli_profiles.cpp" line="116"/>
        <source>Group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/cli_profiles.cpp" line="117"/>
        <source>Colour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/cli_profiles.cpp" line="118"/>
        <source>Host</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/cli_profiles.cpp" line="119"/>
        <source>Port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/cli_profiles.cpp" line="120"/>
        <source>Account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/cli_profiles.cpp" line="121"/>
        <source>User</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/cli_profiles.cpp" line="122"/>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/cli_profiles.cpp" line="122"/>
        <source>(default)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/cli_profiles.cpp" line="123"/>
        <source>Sent as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/cli_profiles.cpp" line="124"/>
        <source>Database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/cli_profiles.cpp" line="125"/>
        <source>TLS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/cli_profiles.cpp" line="127"/>
        <source>CA file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/cli_profiles.cpp" line="129"/>
        <source>Certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/cli_profiles.cpp" line="131"/>
        <source>Key file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/cli_profiles.cpp" line="132"/>
        <source>Connect timeout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/cli_profiles.cpp" line="132"/>
        <location filename="../core/cli/cli_profiles.cpp" line="133"/>
        <source>%1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/cli_profiles.cpp" line="133"/>
        <source>Read timeout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/cli_profiles.cpp" line="135"/>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/cli_profiles.cpp" line="157"/>
        <source>Unknown option %1 for profiles add.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/cli_profiles.cpp" line="160"/>
        <source>profiles add needs a NAME.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/cli_profiles.cpp" line="164"/>
        <source>profiles add needs --host.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/cli_profiles.cpp" line="178"/>
        <source>--colour takes #rrggbb, for example #d32f2f.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/cli_profiles.cpp" line="186"/>
        <source>--tls takes disabled, preferred, required or verify-ca.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/cli_profiles.cpp" line="196"/>
        <source>A profile called &quot;%1&quot; already exists; remove it first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/cli_profiles.cpp" line="206"/>
        <source>Added profile &quot;%1&quot; (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/cli_profiles.cpp" line="212"/>
        <source>The password is stored in the keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/cli_profiles.cpp" line="215"/>
        <source>Give it with MOCTL_PASSWORD or --password-stdin when connecting.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/cli_profiles.cpp" line="237"/>
        <source>Removed profile &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/cli_profiles.cpp" line="273"/>
        <source>Unknown profiles command &quot;%1&quot;: use list, show, add or remove.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/cli_tables.cpp" line="84"/>
        <source>DATABASE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/cli_tables.cpp" line="85"/>
        <source>TABLE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/cli_tables.cpp" line="87"/>
        <source>ROWS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/cli_tables.cpp" line="88"/>
        <source>SIZE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/cli_tables.cpp" line="121"/>
        <source>Unknown option %1 for tables.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/cli_tables.cpp" line="127"/>
        <source>A database name is empty or contains a NUL character.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/cli_tables.cpp" line="132"/>
        <source>tables only reads the catalog:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/cli_tables.cpp" line="143"/>
        <source>cannot list the tables: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/cli_tables.cpp" line="152"/>
        <source>database &quot;%1&quot; not found</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
