import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Tessera.Ui

// One Learn article (issue 25): its Markdown, shown by Qt's own Markdown
// reader (Text.MarkdownText), with a "Try it" button for the page where the
// technique is, and links: pages of the app open here, web addresses in the
// browser. Opening the article marks it read.
ScrollView {
    id: page
    objectName: "articlePage"
    required property string articleKey
    property var controller: learn
    signal openPage(string key)
    signal back()
    // Before the text is made: Qt's Markdown reader colours links with the application palette.
    readonly property var article: {
        if (!page.controller)
            return ({})
        page.controller.setLinkColour(Theme.focus) // 4.5:1 and more on the page's background
        return page.controller.article(page.articleKey)
    }
    readonly property bool hasText: article.markdown !== undefined && article.markdown !== ""
    // For --screenshot: the article, or why it cannot be shown, is there.
    readonly property bool ready: article.title !== undefined || article.problem !== undefined
    contentWidth: availableWidth
    focusPolicy: Qt.NoFocus

    // The one place a link is followed.
    function follow(link) {
        const where = page.controller.followLink(link)
        if (where.page !== undefined)
            page.openPage(where.page)
        else {
            linkNotice.error = where.opened !== true
            linkNotice.text = where.message
        }
    }

    ColumnLayout {
        width: Math.min(Theme.contentWidth(page.availableWidth), 760)
        x: Theme.contentX(page.availableWidth)
        spacing: Theme.spacing
        KeepFocusVisible { view: page }
        Item { height: Theme.spacing }
        Button {
            id: backButton
            objectName: "articleBack"
            focus: true
            text: qsTr("Back to Learn")
            Accessible.name: text
            Keys.onReturnPressed: clicked()
            Keys.onEnterPressed: clicked()
            onClicked: page.back()
            FocusMark {}
        }
        PageHeader {
            Layout.bottomMargin: Theme.smallSpacing
            title: page.article.title !== undefined ? page.article.title : qsTr("Learn")
            subtitle: page.article.minutes === undefined ? ""
                      : [page.article.section,
                         page.article.minutes === 1 ? qsTr("1 minute to read") : qsTr("%1 minutes to read").arg(page.article.minutes),
                         qsTr("From %1").arg(page.article.sourceName)].join(" · ")
            Layout.fillWidth: true
        }
        InlineMessage {
            objectName: "articleProblem"
            visible: page.article.problem !== undefined && page.article.problem !== ""
            text: page.article.problem !== undefined ? page.article.problem : ""
            Layout.fillWidth: true
        }
        Text {
            id: body
            objectName: "articleText"
            Layout.fillWidth: true
            visible: page.hasText
            textFormat: Text.MarkdownText
            text: page.hasText ? page.article.markdown : ""
            wrapMode: Text.Wrap
            color: Theme.text
            linkColor: Theme.focus
            font.pixelSize: Theme.fontBody
            lineHeight: 1.25
            Accessible.role: Accessible.StaticText
            Accessible.name: page.article.plainText !== undefined ? page.article.plainText : ""
            onLinkActivated: link => page.follow(link)
            HoverHandler { cursorShape: body.hoveredLink !== "" ? Qt.PointingHandCursor : Qt.ArrowCursor }
        }
        // The links again as buttons: Tab reaches them, Enter or Space follows them.
        Label {
            visible: linksRepeater.count > 0
            text: qsTr("Links in this article")
            color: Theme.text
            font.pixelSize: Theme.fontBody
            font.bold: true
            Layout.topMargin: Theme.spacing
            Accessible.role: Accessible.Heading
            Accessible.name: text
        }
        Flow {
            Layout.fillWidth: true
            spacing: Theme.smallSpacing
            Repeater {
                id: linksRepeater
                model: page.article.links !== undefined ? page.article.links : []
                delegate: Button {
                    required property var modelData
                    objectName: "articleLink"
                    text: modelData.text
                    Accessible.name: modelData.text
                    Accessible.description: modelData.where
                    ToolTip.visible: hovered || visualFocus
                    ToolTip.text: modelData.where
                    Keys.onReturnPressed: clicked()
                    Keys.onEnterPressed: clicked()
                    onClicked: page.follow(modelData.href)
                    FocusMark {}
                }
            }
        }
        InlineMessage {
            id: linkNotice
            objectName: "articleLinkNotice"
            visible: text !== ""
            Layout.fillWidth: true
        }
        Button {
            objectName: "articleTryIt"
            visible: page.article.pageKey !== undefined && page.article.pageKey !== ""
            highlighted: true
            // A technique's page: "Try it"; one of Tessera's own ("Need help now?"): "Open".
            text: page.article.pageKey !== undefined && page.article.pageKey.indexOf("/") < 0
                  ? qsTr("Open %1").arg(page.article.pageTitle) : qsTr("Try it: %1").arg(page.article.pageTitle !== undefined ? page.article.pageTitle : "")
            Accessible.name: text
            Layout.topMargin: Theme.spacing
            Keys.onReturnPressed: clicked()
            Keys.onEnterPressed: clicked()
            onClicked: page.openPage(page.article.pageKey)
            FocusMark {}
        }
        Item { height: Theme.spacing * 2 }
    }
}
