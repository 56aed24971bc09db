namespace Crosscheck.Model;

/// <summary>Kinds of site chrome the cleaner recognises.</summary>
public enum ChromeKind
{
    Other,
    Appeal,
    LinkList,
    TagList,
    Control,
    GalleryCounter,
    Credit,
    SocialCall,
    Heading,
    Byline,
    Dateline,
    Footer,
}
