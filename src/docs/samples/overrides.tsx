import { type Article, ArticleBody, type ArticleComponents, defaultBlocks, type LinkProps } from 'broadsheet';

declare const article: Article;

// Every block renderer receives `{ block, options }`; `defaultBlocks` holds the built-in ones to wrap.
const components: ArticleComponents = {
  figure: ({ block }) => (
    <figure className="my-figure">
      <img src={block.src} alt={block.alt} width={block.width} height={block.height} />
    </figure>
  ),
  paragraph: (props) => (
    <div className="lede-wrap">
      <defaultBlocks.paragraph {...props} />
    </div>
  ),
  marks: { strong: ({ children }) => <mark>{children}</mark> },
};

// `Link` is a render option: it renders every link in the body and in every tweet inside it.
function RouterLink({ children, ...props }: LinkProps) {
  return (
    <a {...props} data-router="">
      {children}
    </a>
  );
}

export const Body = () => <ArticleBody article={article} components={components} Link={RouterLink} />;
